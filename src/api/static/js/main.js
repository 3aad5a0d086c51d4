import { createActivity } from "./activity.js";
import { entityHash, entityIdOf } from "./dom.js";
import { createFlows } from "./flows.js";
import { onApiHealth } from "./graphql.js";
import { createOpenRequests } from "./open-requests.js";
import { createOverlaps } from "./overlaps.js";
import { createProfile } from "./profile.js";
import { createSearch } from "./search.js";
import { createThreads } from "./threads.js";

const banner = document.getElementById("api-banner");
const bannerText = document.getElementById("api-banner-text");

/** Opening an entity is a change of the hash, so every profile has a link and history works. */
const open = (id) => {
  location.hash = entityHash(id);
};

const profile = createProfile(document.getElementById("profile"), { open });
const panels = [
  createOverlaps(document.getElementById("overlaps"), { open }),
  createFlows(document.getElementById("flows"), { open }),
  createActivity(document.getElementById("activity"), { open }),
];
const threads = createThreads(document.getElementById("threads"));
panels.push(threads, createOpenRequests(document.getElementById("open-requests"), { showThread: threads.show }));
createSearch(document.getElementById("search"));

// While the API is unreachable, everything is asked for again every few seconds, so the page fills
// in by itself once the API is back; the banner's button does it at once.
const RETRY_MS = 10_000;
let retryTimer;

function reloadAll() {
  clearTimeout(retryTimer);
  retryTimer = undefined;
  for (const panel of panels) panel.load();
  profile.reload();
}

onApiHealth((error) => {
  if (error === null) {
    banner.hidden = true;
  } else if (error.unreachable) {
    bannerText.textContent = `${error.message} The dashboard fills in once it answers again.`;
    banner.hidden = false;
    retryTimer ??= setTimeout(reloadAll, RETRY_MS);
  }
});
document.getElementById("api-retry").addEventListener("click", reloadAll);

function route({ focus }) {
  const id = entityIdOf(location.hash);
  if (id === undefined) profile.close();
  else profile.open(id, { focus });
}

window.addEventListener("hashchange", () => route({ focus: true }));
route({ focus: false });
for (const panel of panels) panel.load();
