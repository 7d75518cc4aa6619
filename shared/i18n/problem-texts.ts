import type { Language } from '../http/route';

/** Titles and details of the problems the API answers with, in every language it speaks. */
export const problemTexts = {
  'invalid-input': {
    status: 400,
    sv: ['Ogiltiga uppgifter', 'Några uppgifter saknas eller är felaktiga. Se listan över fält.'],
    fi: [
      'Virheelliset tiedot',
      'Joitakin tietoja puuttuu tai ne ovat virheellisiä. Katso kenttien luettelo.',
    ],
    en: ['Invalid input', 'Some fields are missing or invalid. See the list of fields.'],
  },
  'malformed-json': {
    status: 400,
    sv: ['Ogiltig JSON', 'Begärans innehåll är inte giltig JSON.'],
    fi: ['Virheellinen JSON', 'Pyynnön sisältö ei ole kelvollista JSONia.'],
    en: ['Malformed JSON', 'The request body is not valid JSON.'],
  },
  unauthorized: {
    status: 401,
    sv: ['Inloggning krävs', 'Begäran saknar giltiga inloggningsuppgifter.'],
    fi: ['Kirjautuminen vaaditaan', 'Pyynnöstä puuttuvat kelvolliset tunnistetiedot.'],
    en: ['Authentication required', 'The request lacks valid credentials.'],
  },
  forbidden: {
    status: 403,
    sv: ['Åtkomst nekad', 'Din roll ger inte tillgång till detta.'],
    fi: ['Pääsy estetty', 'Roolisi ei anna pääsyä tähän.'],
    en: ['Forbidden', 'Your role does not give access to this.'],
  },
  'direct-access': {
    status: 403,
    sv: ['Åtkomst nekad', 'Tjänsten nås bara via sin offentliga adress.'],
    fi: ['Pääsy estetty', 'Palveluun pääsee vain sen julkisen osoitteen kautta.'],
    en: ['Forbidden', 'The service is reachable only through its public address.'],
  },
  'not-found': {
    status: 404,
    sv: ['Hittades inte', 'Det du söker finns inte.'],
    fi: ['Ei löytynyt', 'Etsimääsi ei ole olemassa.'],
    en: ['Not found', 'What you are looking for does not exist.'],
  },
  'method-not-allowed': {
    status: 405,
    sv: ['Metoden stöds inte', 'Adressen finns men tar inte emot den här metoden.'],
    fi: ['Menetelmää ei tueta', 'Osoite on olemassa, mutta se ei hyväksy tätä menetelmää.'],
    en: ['Method not allowed', 'The address exists but does not accept this method.'],
  },
  conflict: {
    status: 409,
    sv: ['Konflikt', 'Begäran krockar med det som redan finns.'],
    fi: ['Ristiriita', 'Pyyntö on ristiriidassa olemassa olevan kanssa.'],
    en: ['Conflict', 'The request conflicts with what already exists.'],
  },
  'idempotency-key-reused': {
    status: 409,
    sv: ['Idempotency-Key används redan', 'Nyckeln har redan använts för en annan begäran.'],
    fi: ['Idempotency-Key on jo käytössä', 'Avainta on jo käytetty toiseen pyyntöön.'],
    en: ['Idempotency-Key already used', 'The key was already used for a different request.'],
  },
  'registration-closed': {
    status: 409,
    sv: ['Anmälan är stängd', 'Anmälningstiden för evenemanget har inte börjat eller har gått ut.'],
    fi: ['Ilmoittautuminen on suljettu', 'Tapahtuman ilmoittautumisaika ei ole alkanut tai se on päättynyt.'],
    en: ['Registration is closed', 'Registration for this event has not opened yet or has ended.'],
  },
  'event-full': {
    status: 409,
    sv: ['Fullbokat', 'Evenemanget är fullbokat och har ingen väntelista.'],
    fi: ['Täynnä', 'Tapahtuma on täynnä, eikä sillä ole jonotuslistaa.'],
    en: ['Fully booked', 'The event is full and has no waiting list.'],
  },
  'already-registered': {
    status: 409,
    sv: [
      'Redan anmäld',
      'Den här e-postadressen är redan anmäld. Vi har skickat länken till anmälan på nytt.',
    ],
    fi: [
      'Jo ilmoittautunut',
      'Tällä sähköpostiosoitteella on jo ilmoittauduttu. Lähetimme linkin ilmoittautumiseen uudelleen.',
    ],
    en: [
      'Already registered',
      'This email address is already registered. We have sent the link to the registration again.',
    ],
  },
  'deadline-passed': {
    status: 409,
    sv: ['Svarstiden har gått ut', 'Svaret kan inte längre ändras: omgångens svarstid har gått ut.'],
    fi: ['Määräaika on päättynyt', 'Vastausta ei voi enää muuttaa: kierroksen määräaika on päättynyt.'],
    en: ['The deadline has passed', 'The answer can no longer be changed: the round’s deadline has passed.'],
  },
  'campaign-closed': {
    status: 409,
    sv: [
      'Ansökan är stängd',
      'Kampanjen tar inte emot ansökningar nu: ansökningstiden har inte börjat eller har gått ut.',
    ],
    fi: [
      'Haku on suljettu',
      'Kampanja ei ota nyt vastaan hakemuksia: hakuaika ei ole alkanut tai se on päättynyt.',
    ],
    en: [
      'Applications are closed',
      'The campaign is not taking applications now: the period has not begun or has ended.',
    ],
  },
  'application-exists': {
    status: 409,
    sv: ['Redan ansökt', 'Ett företag med det här FO-numret har redan ansökt i kampanjen.'],
    fi: ['Jo haettu', 'Tällä Y-tunnuksella on jo haettu kampanjaan.'],
    en: ['Already applied', 'A company with this Business ID has already applied to the campaign.'],
  },
  'application-locked': {
    status: 409,
    sv: ['Ansökan kan inte ändras', 'Ansökan är återkallad eller redan avgjord och kan inte längre ändras.'],
    fi: [
      'Hakemusta ei voi muuttaa',
      'Hakemus on peruttu tai siitä on jo päätetty, eikä sitä voi enää muuttaa.',
    ],
    en: [
      'The application cannot change',
      'The application is withdrawn or already decided and can no longer change.',
    ],
  },
  'application-not-submitted': {
    status: 409,
    sv: ['Ansökan är inte inlämnad', 'Bara inlämnade ansökningar kan bedömas och avgöras.'],
    fi: ['Hakemusta ei ole jätetty', 'Vain jätettyjä hakemuksia voi arvioida ja niistä voi päättää.'],
    en: ['The application is not submitted', 'Only submitted applications can be reviewed and decided.'],
  },
  'seat-not-held': {
    status: 409,
    sv: [
      'Platsen hålls inte längre',
      'Platsen hölls bara en begränsad tid och har gått vidare, eller så är anmälan avbokad. Anmäl dig på nytt om det finns plats.',
    ],
    fi: [
      'Paikka ei ole enää varattuna',
      'Paikka oli varattuna vain rajoitetun ajan ja on siirtynyt eteenpäin, tai ilmoittautuminen on peruttu. Ilmoittaudu uudelleen, jos tilaa on.',
    ],
    en: [
      'The seat is no longer held',
      'The seat was held for a limited time and has passed on, or the registration is cancelled. Register again if there is room.',
    ],
  },
  'too-large': {
    status: 413,
    sv: ['För stor begäran', 'Begäran får vara högst 64 KiB.'],
    fi: ['Liian suuri pyyntö', 'Pyyntö saa olla enintään 64 KiB.'],
    en: ['Request too large', 'A request may be at most 64 KiB.'],
  },
  'unsupported-media-type': {
    status: 415,
    sv: ['Fel innehållstyp', 'Skicka innehållet som application/json.'],
    fi: ['Väärä sisältötyyppi', 'Lähetä sisältö muodossa application/json.'],
    en: ['Unsupported media type', 'Send the body as application/json.'],
  },
  throttled: {
    status: 429,
    sv: ['För många begäranden', 'Vänta en stund och försök igen.'],
    fi: ['Liian monta pyyntöä', 'Odota hetki ja yritä uudelleen.'],
    en: ['Too many requests', 'Wait a moment and try again.'],
  },
  unavailable: {
    status: 503,
    sv: ['Tjänsten är tillfälligt otillgänglig', 'Försök igen om en stund.'],
    fi: ['Palvelu ei ole tilapäisesti käytettävissä', 'Yritä hetken kuluttua uudelleen.'],
    en: ['Service temporarily unavailable', 'Try again in a moment.'],
  },
  internal: {
    status: 500,
    sv: ['Internt fel', 'Något gick fel hos oss. Felet har loggats.'],
    fi: ['Sisäinen virhe', 'Jotain meni vikaan meillä. Virhe on kirjattu.'],
    en: ['Internal error', 'Something went wrong on our side. It has been logged.'],
  },
} as const satisfies Record<string, { status: number } & Record<Language, readonly [string, string]>>;

export type ProblemCode = keyof typeof problemTexts;
