#!/usr/bin/env python3
"""Writes the Word, PDF and legacy Word sample liaison statements of examples/liaison-statements.

- 06-tsag-reply.docx: the ITU-T LS template as Word writes it (a table of labelled cells, then the
  text). A .docx is a zip of XML parts; the three written here are the least Word and mammoth
  accept. Zip entries get a fixed timestamp, so re-running gives byte-identical files.
- 07-iso-iec-sc27-cover-sheet.pdf: an ISO/IEC JTC 1 cover sheet, one line per text object, in
  PDF syntax written here (PDF 1.4, the standard Helvetica font, an uncompressed content stream
  and an exact cross-reference table): no PDF library or office suite needed, byte-identical.
- 08-ieee-802-1-letter.doc: a letter saved as Word 97-2003 by LibreOffice from a flat
  OpenDocument text; skipped with a message when `soffice` is missing (the committed file stays).
  LibreOffice stamps the time into the file, so re-running gives the same text, not the same bytes.

Run: python3 scripts/make-examples.py
"""

import os
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "examples", "liaison-statements")
FIXED_TIME = (2025, 9, 30, 12, 0, 0)

# --- .docx ---------------------------------------------------------------------------------------

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def w_paragraph(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(text) if text else "<w:p/>"


def w_cell(*paragraphs):
    return "<w:tc>%s</w:tc>" % "".join(w_paragraph(p) for p in (paragraphs or ("",)))


def w_table(rows):
    return "<w:tbl>%s</w:tbl>" % "".join("<w:tr>%s</w:tr>" % "".join(w_cell(*c) if isinstance(c, tuple) else w_cell(c) for c in row) for row in rows)


def write_docx(name, blocks):
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>%s</w:body></w:document>" % "".join(blocks)
    )
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document)):
            info = zipfile.ZipInfo(part, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return path


def tsag_reply():
    return write_docx(
        "06-tsag-reply.docx",
        [
            w_table(
                [
                    [("INTERNATIONAL TELECOMMUNICATION UNION", "TELECOMMUNICATION", "STANDARDIZATION SECTOR", "STUDY PERIOD 2025-2028"), "TSAG-LS9"],
                    ["", ("TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP", "Original: English")],
                    ["Source:", "TSAG"],
                    ["Title:", "Reply LS on the establishment of the Focus Group on Quantum-Safe Migration"],
                    ["LIAISON STATEMENT"],
                    ["For action to:", "ITU-T SG17"],
                    ["For comment to:", ""],
                    ["For information to:", "ITU-T SG13, ETSI ISG QKD"],
                    ["Approval:", "TSAG meeting (Geneva, 8-12 September 2025)"],
                    ["Deadline:", "N/A"],
                    [("Contact:",), ("Tomas Placeholder", "TSAG Vice-chair"), "E-mail: tomas.placeholder@example.org"],
                ]
            ),
            w_paragraph(""),
            w_paragraph("TSAG thanks ITU-T Study Group 17 for its liaison statement SG17-LS52 on a proposed Focus Group on Quantum-Safe Migration."),
            w_paragraph(
                "TSAG agreed to establish the Focus Group on Quantum-Safe Migration under its auspices, with the terms of "
                "reference proposed by SG17, and invites SG17 to nominate the management team of the Focus Group."
            ),
            w_paragraph("TSAG also thanks ITU-T SG13 and ETSI ISG QKD for their support of the proposal."),
        ],
    )


# --- .pdf ----------------------------------------------------------------------------------------


def pdf_string(text):
    """A PDF literal string; Helvetica's standard encoding covers the ASCII used here."""
    return "(%s)" % text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(name, lines):
    """One page of 12 pt Helvetica, one line per text object, 15 pt apart, from the top left."""
    content = "\n".join("BT /F1 11 Tf 56 %d Td %s Tj ET" % (800 - 15 * index, pdf_string(line)) for index, line in enumerate(lines) if line)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content),
        "<< /Title %s /Producer (standards-graph scripts/make-examples.py) >>" % pdf_string(lines[0]),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (number, body)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode("latin-1")
    for offset in offsets:
        out += ("%010d 00000 n \n" % offset).encode("latin-1")
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(objects), xref)).encode("latin-1")
    path = os.path.join(OUT, name)
    with open(path, "wb") as handle:
        handle.write(bytes(out))
    return path


def sc27_cover_sheet():
    return write_pdf(
        "07-iso-iec-sc27-cover-sheet.pdf",
        [
            "ISO/IEC JTC 1/SC 27 N 2468",
            "ISO/IEC JTC 1/SC 27",
            "Information security, cybersecurity and privacy protection",
            "",
            "DOC TYPE    Outgoing liaison statement",
            "TITLE    Liaison statement from ISO/IEC JTC 1/SC 27 to ITU-T SG17 on quantum-safe migration",
            "SOURCE    ISO/IEC JTC 1/SC 27",
            "STATUS    For information",
            "DATE    2025-10-14",
            "DISTRIBUTION    P, O and L Members of ISO/IEC JTC 1/SC 27",
            "",
            "SC 27 thanks ITU-T Study Group 17 for its liaison statement SG17-LS52.",
            "SC 27 informs ITU-T SG17 that it has started a revision of ISO/IEC 18033-2 to add",
            "quantum-safe key encapsulation mechanisms, and would welcome the participation of experts",
            "of the Focus Group on Quantum-Safe Migration.",
        ],
    )


# --- .doc ----------------------------------------------------------------------------------------

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"
 office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>%s</office:text></office:body></office:document>"""


def ieee_letter():
    lines = [
        "IEEE 802 LAN/MAN Standards Committee",
        "",
        "Subject: Liaison to ITU-T SG17 on quantum-safe key agreement for MACsec",
        "Date: 6 November 2025",
        "To: Mira Sampleton, Rapporteur, ITU-T Study Group 17",
        "Copy: Tomas Placeholder, TSAG Vice-chair",
        "From: Ada Fictitious, Chair, IEEE 802.1 Working Group",
        "",
        "Dear Mira,",
        "",
        "The IEEE 802.1 Working Group learned of the Focus Group on Quantum-Safe Migration established by TSAG.",
        "IEEE 802.1 is studying quantum-safe key agreement for MACsec in IEEE 802.1X and IEEE 802.1AE, and offers to share its requirements with ITU-T SG17 and the Focus Group.",
        "",
        "Sincerely,",
        "Ada Fictitious",
        "Chair, IEEE 802.1 Working Group",
    ]
    target = os.path.join(OUT, "08-ieee-802-1-letter.doc")
    if shutil.which("soffice") is None:
        print("soffice not found: kept the committed", target)
        return None
    scratch = tempfile.mkdtemp(prefix="make-examples-")
    try:
        source = os.path.join(scratch, "08-ieee-802-1-letter.fodt")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(FODT % "".join("<text:p>%s</text:p>" % escape(line) for line in lines))
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://%s/profile" % scratch, "--headless",
             "--convert-to", "doc:MS Word 97", "--outdir", scratch, source],
            check=True, stdout=subprocess.DEVNULL,
        )
        shutil.move(os.path.join(scratch, "08-ieee-802-1-letter.doc"), target)
        return target
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    for written in (tsag_reply(), sc27_cover_sheet(), ieee_letter()):
        if written:
            print("wrote", os.path.relpath(written, ROOT))
