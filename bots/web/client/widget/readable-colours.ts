// A brand colour with the text colour that stays readable on it (WCAG 1.4.3 contrast).

function relativeLuminance(rgb: number[]): number {
  const channels = rgb.map((value) => {
    const scaled = value / 255;
    return scaled <= 0.03928 ? scaled / 12.92 : Math.pow((scaled + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

function contrastRatio(first: number, second: number): number {
  const lighter = Math.max(first, second);
  const darker = Math.min(first, second);
  return (lighter + 0.05) / (darker + 0.05);
}

const nearBlack = relativeLuminance([26, 26, 26]);

/**
 * Any brand colour stays readable (WCAG 1.4.3): the text on it is white or near-black, whichever
 * contrasts more; when neither reaches 4.5:1 (a mid red such as #d9534f), the colour itself is
 * darkened in small steps until white text does.
 */
export function readableColours(colour: string): { accent: string; onAccent: string } {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (!match) return { accent: colour, onAccent: '#ffffff' };
  const rgb = [Number(match[1]), Number(match[2]), Number(match[3])];
  const luminance = relativeLuminance(rgb);
  const onWhite = contrastRatio(1, luminance);
  const onDark = contrastRatio(nearBlack, luminance);
  if (Math.max(onWhite, onDark) >= 4.5) return { accent: colour, onAccent: onWhite >= onDark ? '#ffffff' : '#1a1a1a' };
  let darker = rgb;
  while (contrastRatio(1, relativeLuminance(darker)) < 4.5) {
    darker = darker.map((value) => Math.floor(value * 0.95));
  }
  return { accent: 'rgb(' + darker.join(', ') + ')', onAccent: '#ffffff' };
}
