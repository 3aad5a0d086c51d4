// A liaison statement's source hash: its file's bytes and name with everything else its extraction
// depends on (src/load/source-hash.ts). Ingestion looks up a batch of files by it before reading
// them, so that a file already in the graph as it is now is not read and extracted again.
CREATE INDEX liaison_source_hash IF NOT EXISTS FOR (d:LiaisonStatement) ON (d.sourceHash);
