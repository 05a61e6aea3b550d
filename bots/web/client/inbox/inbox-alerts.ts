// A new case makes itself noticed: a count in the title, a short tone, a notification when allowed.
import type { CaseView } from './inbox-types.js';

let audioContext: AudioContext | null = null;

/** Browsers only allow sound after a gesture: call this from a click. */
export function unlockSound(): void {
  // Older Safari names it webkitAudioContext.
  const AudioContextClass = window.AudioContext ?? (window as Window & { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!audioContext && AudioContextClass) audioContext = new AudioContextClass();
}

const soundKey = 'inloop-inbox-sound';
/** The choice for this page when the browser blocks storage. */
let soundChoice = 'on';

/** Whether tones are on; a worker's choice is remembered in this browser (localStorage). */
export function soundOn(): boolean {
  try {
    return (localStorage.getItem(soundKey) ?? soundChoice) !== 'off';
  } catch {
    return soundChoice !== 'off';
  }
}

export function setSoundOn(on: boolean): void {
  soundChoice = on ? 'on' : 'off';
  try {
    localStorage.setItem(soundKey, soundChoice);
  } catch {
    // storage blocked: the choice holds until the page reloads
  }
}

/**
 * Tones as [frequency, start, length] in seconds. A case: one soft beep. A crisis: three beeps
 * falling and rising (high-low-high), longer and clearly another sound, so it is told apart
 * without looking (not by colour or text alone).
 */
const tones: Record<'normal' | 'crisis', Array<[frequency: number, start: number, length: number]>> = {
  normal: [[880, 0, 0.4]],
  crisis: [[988, 0, 0.18], [740, 0.24, 0.18], [988, 0.48, 0.3]],
};

function playTone(kind: keyof typeof tones = 'normal'): void {
  if (!audioContext || !soundOn()) return;
  for (const [frequency, start, length] of tones[kind]) {
    const oscillator = audioContext.createOscillator();
    const gain = audioContext.createGain();
    const at = audioContext.currentTime + start;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(kind === 'crisis' ? 0.25 : 0.15, at);
    gain.gain.exponentialRampToValueAtTime(0.001, at + length);
    oscillator.connect(gain).connect(audioContext.destination);
    oscillator.start(at);
    oscillator.stop(at + length);
  }
}

export function showWaitingCount(count: number): void {
  document.title = count > 0 ? `(${count}) Inloop inbox` : 'Inloop inbox';
}

export function announceNewCase(view: CaseView): void {
  playTone(view.urgency === 'crisis' || view.crisis ? 'crisis' : 'normal');
  if ('Notification' in window && Notification.permission === 'granted') {
    // The notification names urgency only: no resident words on a lock screen.
    new Notification('Nieuwe zaak in Inloop', { body: view.urgency === 'crisis' ? 'Crisis: direct oppakken' : 'Er wacht iemand op antwoord', tag: view.id });
  }
}

/** A case already in the inbox became a crisis, or a resident in a crisis wrote of more risk: the crisis tone, a louder word. */
export function announceEscalation(view: CaseView): void {
  playTone('crisis');
  if ('Notification' in window && Notification.permission === 'granted') {
    new Notification('Crisis in Inloop', { body: 'Een inwoner meldt gevaar: direct kijken', tag: `escalated-${view.id}` });
  }
}

export async function askNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  unlockSound();
  if (!('Notification' in window)) return 'unsupported';
  return Notification.requestPermission();
}
