import type { Language } from '../http/route';

/** Texts shared by the site's forms ({link} is filled in). */
export const formStrings = {
  consentText: {
    sv: 'Jag har läst {link} och samtycker till att mina uppgifter behandlas enligt den.',
    fi: 'Olen lukenut {link} ja hyväksyn, että tietojani käsitellään sen mukaisesti.',
    en: 'I have read the {link} and agree that my data is processed as it describes.',
  },
  privacyLink: { sv: 'dataskyddsbeskrivningen', fi: 'tietosuojaselosteen', en: 'privacy notice' },
  opensInNewTab: { sv: 'öppnas i en ny flik', fi: 'avautuu uuteen välilehteen', en: 'opens in a new tab' },
  consentShort: { sv: 'Samtycke', fi: 'Suostumus', en: 'Consent' },
  no: { sv: 'Nej', fi: 'Ei', en: 'No' },
  coordinateHint: {
    sv: 'Samordnaren håller ihop arbetet kring ett tema tillsammans med nätverkets sekretariat.',
    fi: 'Koordinaattori kokoaa teeman työtä yhdessä verkoston sihteeristön kanssa.',
    en: 'A coordinator keeps the work on a theme together with the network’s secretariat.',
  },
  confirmText: {
    sv: 'Bekräfta att du vill gå med i nätverket. Du kan lämna det när som helst.',
    fi: 'Vahvista, että haluat liittyä verkostoon. Voit erota milloin tahansa.',
    en: 'Confirm that you want to join the network. You can leave at any time.',
  },
  welcomeText: {
    sv: 'Du är nu medlem i nätverket. Vi har skickat ett välkomstmeddelande med en länk som du kan använda om du vill lämna nätverket.',
    fi: 'Olet nyt verkoston jäsen. Lähetimme tervetuloviestin, jossa on linkki, jolla voit erota verkostosta.',
    en: 'You are now a member of the network. We have sent a welcome message with a link you can use to leave the network.',
  },
  choose: { sv: 'Välj', fi: 'Valitse', en: 'Choose' },
  chooseAll: { sv: 'Välj alla som passar.', fi: 'Valitse kaikki sopivat.', en: 'Choose all that apply.' },
  back: { sv: 'Tillbaka', fi: 'Takaisin', en: 'Back' },
  businessIdHint: {
    sv: 'Till exempel 1234567-1.',
    fi: 'Esimerkiksi 1234567-1.',
    en: 'For example 1234567-1.',
  },
  websiteHint: {
    sv: 'Till exempel www.foretaget.fi.',
    fi: 'Esimerkiksi www.yritys.fi.',
    en: 'For example www.company.fi.',
  },
  phoneHint: {
    sv: 'Till exempel +358 40 123 4567.',
    fi: 'Esimerkiksi +358 40 123 4567.',
    en: 'For example +358 40 123 4567.',
  },
  municipalityHint: {
    sv: 'Kommunen där företaget har sin verksamhet.',
    fi: 'Kunta, jossa yrityksellä on toimintaa.',
    en: 'The municipality where the company operates.',
  },
  draftHint: {
    sv: 'Ett utkast kan sparas utan alla svar. Obligatoriska frågor måste besvaras innan ansökan skickas in.',
    fi: 'Luonnoksen voi tallentaa ilman kaikkia vastauksia. Pakollisiin kysymyksiin on vastattava ennen kuin hakemus lähetetään.',
    en: 'A draft can be saved without every answer. Required questions must be answered before the application is submitted.',
  },
  reasonHint: {
    sv: 'Berätta kort varför företaget förtjänar uppmärksamhet.',
    fi: 'Kerro lyhyesti, miksi yritys ansaitsee huomiota.',
    en: 'Say briefly why the company deserves attention.',
  },
  proposalThanksText: {
    sv: 'Förslaget har tagits emot. Nätverket tar kontakt med företaget och berättar om kampanjen.',
    fi: 'Ehdotus on vastaanotettu. Verkosto ottaa yhteyttä yritykseen ja kertoo kampanjasta.',
    en: 'The proposal has been received. The network will contact the company and tell it about the campaign.',
  },
  withdrawIntro: {
    sv: 'Om företaget inte längre vill delta kan du dra tillbaka ansökan. Juryn bedömer den då inte.',
    fi: 'Jos yritys ei enää halua osallistua, voit perua hakemuksen. Tuomaristo ei silloin arvioi sitä.',
    en: 'If the company no longer wants to take part, you can withdraw the application. The jury will then not assess it.',
  },
  withdrawQuestion: {
    sv: 'Vill du dra tillbaka ansökan?',
    fi: 'Haluatko perua hakemuksen?',
    en: 'Do you want to withdraw the application?',
  },
  withdrawWarning: {
    sv: 'En tillbakadragen ansökan kan inte ändras eller skickas in igen. Företaget kan göra en ny ansökan så länge ansökningstiden pågår.',
    fi: 'Peruttua hakemusta ei voi muuttaa eikä lähettää uudelleen. Yritys voi tehdä uuden hakemuksen hakuajan kuluessa.',
    en: 'A withdrawn application cannot be changed or submitted again. The company can apply anew while applications are open.',
  },
  confirmWithdraw: {
    sv: 'Ja, dra tillbaka ansökan',
    fi: 'Kyllä, peru hakemus',
    en: 'Yes, withdraw the application',
  },
  keepApplication: { sv: 'Nej, behåll ansökan', fi: 'Ei, säilytä hakemus', en: 'No, keep the application' },
  withdrawnText: {
    sv: 'Ansökan är tillbakadragen. Vi har skickat en bekräftelse per e-post.',
    fi: 'Hakemus on peruttu. Lähetimme vahvistuksen sähköpostitse.',
    en: 'The application is withdrawn. We have emailed a confirmation.',
  },
} as const satisfies Record<string, Record<Language, string>>;
