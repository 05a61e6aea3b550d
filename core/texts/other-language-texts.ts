/**
 * For a language the intake does not speak (docs/residents/intake.md "Language"): in English and Dutch, that the
 * assistant is not a person, that a worker will help, and 112 in danger. The conversation is then
 * handed to a worker at once. Turkish, Arabic, Polish and Ukrainian have the whole intake.
 */
export const otherLanguageNote =
  'Thank you for your message. I am a digital assistant, not a person. A social worker will help you soon; you can keep writing here, also in your own language. In danger? Call 112.\n\n' +
  'Dank je voor je bericht. Ik ben een digitale assistent, geen mens. Een sociaal werker helpt je snel; je kunt hier blijven schrijven, ook in je eigen taal. In gevaar? Bel 112.';
