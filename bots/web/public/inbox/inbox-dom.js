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

export const urgencyLabels = { crisis: 'CRISIS', urgent: 'Spoed', normal: 'Normaal' };
export const authorLabels = { resident: 'Inwoner', assistant: 'Assistent', worker: 'Sociaal werker', system: 'Melding' };
