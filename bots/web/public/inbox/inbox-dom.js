// Builds DOM from text only: anything a resident or worker wrote goes in as textContent, never as HTML.
export function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (name === 'text') node.textContent = value;
    else if (name === 'className') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

export function formatWaiting(seconds) {
  if (seconds < 60) return 'net binnen';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} uur ${minutes % 60} min` : `${Math.floor(hours / 24)} dagen`;
}

/** The queue's status words: "Wacht sinds 3 min" while waiting, no waiting time once someone has it or it is closed. */
export function queueStatusText(view, workerNames) {
  if (view.status === 'closed') return 'Gesloten';
  if (view.status === 'claimed') return `Opgepakt door ${workerNames[view.assigneeId] ?? 'een collega'}`;
  return view.waitingSeconds < 60 ? 'Net binnen' : `Wacht sinds ${formatWaiting(view.waitingSeconds)}`;
}

/** Cuts at a word boundary and says so with an ellipsis. */
export function shorten(text, length) {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Topics, most likely first. */
export const byConfidence = (topics) => [...topics].sort((first, second) => second.confidence - first.confidence);

export const crisisLabels = { suicide: 'zelfdoding', violence: 'geweld', emergency: 'noodgeval' };
export const urgencyLabels = { crisis: 'CRISIS', urgent: 'Spoed', normal: 'Normaal' };
export const authorLabels = { resident: 'Inwoner', assistant: 'Assistent', worker: 'Sociaal werker', system: 'Melding' };
