// The package ships no types; this is the small part of its API the workers CLI uses.
declare module 'qrcode-terminal' {
  const qrcodeTerminal: {
    generate(input: string, options: { small?: boolean }, callback: (qrCode: string) => void): void;
  };
  export default qrcodeTerminal;
}
