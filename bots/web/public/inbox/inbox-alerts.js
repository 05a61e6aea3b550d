// A new case makes itself noticed: a count in the title, a short tone, a notification when allowed.
let audioContext = null;

/** Browsers only allow sound after a gesture: call this from a click. */
export function unlockSound() {
  const AudioContextClass = window.AudioContext ?? window.webkitAudioContext;
  if (!audioContext && AudioContextClass) audioContext = new AudioContextClass();
}

function playTone() {
  if (!audioContext) return;
  const oscillator = audioContext.createOscillator();
  const gain = audioContext.createGain();
  oscillator.frequency.value = 880;
  gain.gain.setValueAtTime(0.15, audioContext.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, audioContext.currentTime + 0.4);
  oscillator.connect(gain).connect(audioContext.destination);
  oscillator.start();
  oscillator.stop(audioContext.currentTime + 0.4);
}

export function showWaitingCount(count) {
  document.title = count > 0 ? `(${count}) Inloop inbox` : 'Inloop inbox';
}

export function announceNewCase(view) {
  playTone();
  if ('Notification' in window && Notification.permission === 'granted') {
    // The notification names urgency only: no resident words on a lock screen.
    new Notification('Nieuwe zaak in Inloop', { body: view.urgency === 'crisis' ? 'Crisis: direct oppakken' : 'Er wacht iemand op antwoord', tag: view.id });
  }
}

/** A case already in the inbox became a crisis, or a resident in a crisis wrote of more risk: the same tone, a louder word. */
export function announceEscalation(view) {
  playTone();
  if ('Notification' in window && Notification.permission === 'granted') {
    new Notification('Crisis in Inloop', { body: 'Een inwoner meldt gevaar: direct kijken', tag: `escalated-${view.id}` });
  }
}

export async function askNotificationPermission() {
  unlockSound();
  if (!('Notification' in window)) return 'unsupported';
  return Notification.requestPermission();
}
