import type { Configuration } from '../runtime/configuration.js';

/** Meta's Graph API, at the version the wire format here was written and tested against. */
export const defaultGraphApiUrl = 'https://graph.facebook.com/v22.0';

export interface WhatsAppSettings {
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  /** The Graph API base without a trailing slash (a local fake in tests). */
  apiUrl: string;
  /** A pre-approved template for messages after the 24-hour window: its name and language; null refuses such messages. */
  replyTemplate: { name: string; language: string } | null;
  /** The approved template for "Is je vraag opgelost?" after the window (`satisfaction.whatsappTemplate` in organisation.json); null: not asked then. */
  satisfactionTemplate: { name: string; language: string } | null;
}

/** The WhatsApp settings when complete; `missing` names what is lacking when only some are set. */
export function whatsAppSettings(configuration: Configuration): { settings: WhatsAppSettings | null; missing: string[] } {
  const required = {
    WHATSAPP_ACCESS_TOKEN: configuration.WHATSAPP_ACCESS_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: configuration.WHATSAPP_PHONE_NUMBER_ID,
    WHATSAPP_APP_SECRET: configuration.WHATSAPP_APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: configuration.WHATSAPP_VERIFY_TOKEN,
  };
  const missing = Object.entries(required).filter(([, value]) => !value).map(([name]) => name);
  if (missing.length === Object.keys(required).length) return { settings: null, missing: [] };
  if (missing.length) return { settings: null, missing };
  const template = configuration.WHATSAPP_TEMPLATE_REPLY;
  return {
    settings: {
      accessToken: required.WHATSAPP_ACCESS_TOKEN!,
      phoneNumberId: required.WHATSAPP_PHONE_NUMBER_ID!,
      appSecret: required.WHATSAPP_APP_SECRET!,
      verifyToken: required.WHATSAPP_VERIFY_TOKEN!,
      apiUrl: (configuration.WHATSAPP_API_URL ?? defaultGraphApiUrl).replace(/\/+$/, ''),
      replyTemplate: template ? { name: template, language: configuration.WHATSAPP_TEMPLATE_LANGUAGE } : null,
      satisfactionTemplate: configuration.organisation.satisfaction.whatsappTemplate ?? null,
    },
    missing: [],
  };
}
