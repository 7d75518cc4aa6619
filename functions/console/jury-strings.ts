import type { Language } from '../../shared/http/route';

/**
 * The jury's pages (functions/console/pages/jury-*.ts) and the jury section of a campaign's page for
 * coordinators.
 */
export const juryStrings = {
  myCampaigns: { sv: 'Mina bedömningar', fi: 'Omat arviointini', en: 'My reviews' },
  myCampaignsIntro: {
    sv: 'Kampanjerna där du sitter i juryn. Du ser bara dina egna bedömningar, aldrig andras.',
    fi: 'Kampanjat, joiden raadissa olet. Näet vain omat arviointisi, et koskaan muiden arviointeja.',
    en: 'The campaigns whose jury you are on. You see only your own reviews, never anyone else’s.',
  },
  noAssignedCampaigns: {
    sv: 'Du är inte med i juryn för någon kampanj just nu.',
    fi: 'Et ole tällä hetkellä minkään kampanjan raadissa.',
    en: 'You are not on the jury of any campaign at the moment.',
  },
  campaign: { sv: 'Kampanj', fi: 'Kampanja', en: 'Campaign' },
  scored: { sv: 'Bedömda', fi: 'Arvioidut', en: 'Reviewed' },
  conflicts: { sv: 'Jäv anmält', fi: 'Esteellisyysilmoitukset', en: 'Conflicts declared' },
  left: { sv: 'Kvar', fi: 'Jäljellä', en: 'Left' },
  reviewDeadline: { sv: 'Sista dag för bedömningar', fi: 'Arviointien määräaika', en: 'Reviews due by' },
  noDeadline: { sv: 'Ingen tidsgräns', fi: 'Ei määräaikaa', en: 'No deadline' },
  deadlinePassed: {
    sv: 'Tiden för bedömningar har gått ut. Du kan läsa dina bedömningar men inte längre ändra dem.',
    fi: 'Arviointien määräaika on päättynyt. Voit yhä katsoa arviointejasi, mutta et voi enää muuttaa niitä.',
    en: 'The review deadline has passed. You can still read your reviews but can no longer change them.',
  },
  applications: { sv: 'Ansökningar', fi: 'Hakemukset', en: 'Applications' },
  noApplications: {
    sv: 'Kampanjen har inga inlämnade ansökningar ännu.',
    fi: 'Kampanjaan ei ole vielä jätetty hakemuksia.',
    en: 'The campaign has no submitted applications yet.',
  },
  company: { sv: 'Företag', fi: 'Yritys', en: 'Company' },
  municipality: { sv: 'Kommun', fi: 'Kunta', en: 'Municipality' },
  sizeClass: { sv: 'Storlek', fi: 'Kokoluokka', en: 'Size' },
  myReview: { sv: 'Min bedömning', fi: 'Oma arviointini', en: 'My review' },
  notStarted: { sv: 'Inte påbörjad', fi: 'Aloittamatta', en: 'Not started' },
  draft: { sv: 'Utkast', fi: 'Luonnos', en: 'Draft' },
  submitted: { sv: 'Inlämnad', fi: 'Lähetetty', en: 'Submitted' },
  conflict: { sv: 'Jäv', fi: 'Esteellinen', en: 'Conflict of interest' },
  backToMyCampaigns: {
    sv: 'Tillbaka till mina bedömningar',
    fi: 'Takaisin omiin arviointeihin',
    en: 'Back to my reviews',
  },
  backToApplications: {
    sv: 'Tillbaka till ansökningarna',
    fi: 'Takaisin hakemuksiin',
    en: 'Back to the applications',
  },
  answers: { sv: 'Svar', fi: 'Vastaukset', en: 'Answers' },
  notAnswered: { sv: '(inget svar)', fi: '(ei vastausta)', en: '(not answered)' },
  yes: { sv: 'Ja', fi: 'Kyllä', en: 'Yes' },
  no: { sv: 'Nej', fi: 'Ei', en: 'No' },
  scoring: { sv: 'Bedömning', fi: 'Arviointi', en: 'Scoring' },
  scoringIntro: {
    sv: 'Ge varje kriterium poäng från 0 (uppfylls inte alls) till 5 (uppfylls utmärkt). Spara som utkast så ofta du vill och lämna sedan in bedömningen. Du kan ändra den fram till tidsgränsen.',
    fi: 'Pisteytä kukin kriteeri asteikolla 0–5 (0 = ei täyty lainkaan, 5 = täyttyy erinomaisesti). Voit tallentaa luonnoksen niin usein kuin haluat ja lähettää arvioinnin, kun olet valmis. Voit muuttaa arviointiasi määräaikaan asti.',
    en: 'Give each criterion a score from 0 (not met at all) to 5 (met excellently). Save a draft as often as you like, then submit. You can change your review until the deadline.',
  },
  weight: { sv: 'Vikt', fi: 'Painoarvo', en: 'Weight' },
  scale: { sv: 'Skala 0–5', fi: 'Asteikko 0–5', en: 'Scale 0–5' },
  score: { sv: 'Poäng', fi: 'Pisteet', en: 'Score' },
  criterionComment: { sv: 'Kommentar', fi: 'Kommentti', en: 'Comment' },
  overallComment: { sv: 'Sammanfattande kommentar', fi: 'Yleiskommentti', en: 'Overall comment' },
  saveDraft: { sv: 'Spara utkast', fi: 'Tallenna luonnos', en: 'Save draft' },
  submitReview: { sv: 'Lämna in bedömningen', fi: 'Lähetä arviointi', en: 'Submit the review' },
  saveChanges: { sv: 'Lämna in ändringarna', fi: 'Lähetä muutokset', en: 'Submit the changes' },
  draftSaved: { sv: 'Utkastet är sparat.', fi: 'Luonnos on tallennettu.', en: 'The draft has been saved.' },
  reviewSubmitted: {
    sv: 'Bedömningen är inlämnad.',
    fi: 'Arviointi on lähetetty.',
    en: 'The review has been submitted.',
  },
  conflictHeading: { sv: 'Jäv', fi: 'Esteellisyys', en: 'Conflict of interest' },
  conflictIntro: {
    sv: 'Om du är jävig (om du till exempel har kopplingar till företaget) anmäler du jäv i stället för att bedöma ansökan. Du räknas då inte med i rangordningen av den här ansökan.',
    fi: 'Jos olet esteellinen (sinulla on esimerkiksi kytköksiä yritykseen), ilmoita esteellisyydestä äläkä arvioi hakemusta. Jäät silloin pois tämän hakemuksen pisteytyksestä.',
    en: 'If you have a conflict of interest (ties to the company, for example), declare it instead of scoring. You are then left out of this application’s ranking.',
  },
  conflictNote: {
    sv: 'Anteckning till koordinatorerna',
    fi: 'Lisätietoja koordinaattoreille',
    en: 'Note to the coordinators',
  },
  declareConflict: { sv: 'Anmäl jäv', fi: 'Ilmoita esteellisyydestä', en: 'Declare a conflict of interest' },
  conflictDeclared: {
    sv: 'Du har anmält jäv för den här ansökan.',
    fi: 'Olet ilmoittanut olevasi esteellinen tämän hakemuksen osalta.',
    en: 'You have declared a conflict of interest for this application.',
  },
  withdrawConflict: {
    sv: 'Återkalla jävsanmälan',
    fi: 'Peru esteellisyysilmoitus',
    en: 'Withdraw the declaration',
  },
  conflictWithdrawn: {
    sv: 'Jävsanmälan är återkallad. Du kan nu bedöma ansökan.',
    fi: 'Esteellisyysilmoitus on peruttu. Voit nyt arvioida hakemuksen.',
    en: 'The declaration is withdrawn. You can now review the application.',
  },
  // The coordinator's jury section on a campaign's page.
  jury: { sv: 'Jury', fi: 'Raati', en: 'Jury' },
  juryIntro: {
    sv: 'Jurymedlemmarna ser och bedömer bara de kampanjer de har lagts till i. Lägg till dem med e-postadressen de loggar in med.',
    fi: 'Raadin jäsenet näkevät ja arvioivat vain ne kampanjat, joihin heidät on lisätty. Lisää jäsen sillä sähköpostiosoitteella, jolla hän kirjautuu.',
    en: 'Jury members see and review only the campaigns they are added to. Add them by the email address they sign in with.',
  },
  noJurors: {
    sv: 'Inga jurymedlemmar ännu.',
    fi: 'Raatiin ei ole vielä lisätty jäseniä.',
    en: 'No jury members yet.',
  },
  juror: { sv: 'Jurymedlem', fi: 'Raadin jäsen', en: 'Jury member' },
  assignedBy: { sv: 'Tillagd av', fi: 'Lisännyt', en: 'Added by' },
  remove: { sv: 'Ta bort', fi: 'Poista', en: 'Remove' },
  removeJuror: { sv: 'Ta bort ur juryn', fi: 'Poista raadista', en: 'Remove from the jury' },
  addJuror: { sv: 'Lägg till i juryn', fi: 'Lisää raatiin', en: 'Add to the jury' },
  jurorEmail: { sv: 'E-postadress', fi: 'Sähköpostiosoite', en: 'Email address' },
  jurorAdded: {
    sv: 'Jurymedlemmen har lagts till.',
    fi: 'Jäsen on lisätty raatiin.',
    en: 'The jury member has been added.',
  },
  jurorRemoved: {
    sv: 'Jurymedlemmen har tagits bort.',
    fi: 'Jäsen on poistettu raadista.',
    en: 'The jury member has been removed.',
  },
  alreadyOnJury: {
    sv: 'Personen är redan med i juryn.',
    fi: 'Henkilö on jo raadissa.',
    en: 'This person is on the jury already.',
  },
  // Size classes of the company, from its number of employees.
  sizeMicro: {
    sv: 'Mikroföretag (under 10 anställda)',
    fi: 'Mikroyritys (alle 10 työntekijää)',
    en: 'Micro (under 10 employees)',
  },
  sizeSmall: {
    sv: 'Litet företag (10–49 anställda)',
    fi: 'Pieni yritys (10–49 työntekijää)',
    en: 'Small (10–49 employees)',
  },
  sizeMedium: {
    sv: 'Medelstort företag (50–249 anställda)',
    fi: 'Keskisuuri yritys (50–249 työntekijää)',
    en: 'Medium-sized (50–249 employees)',
  },
  sizeLarge: {
    sv: 'Stort företag (250 anställda eller fler)',
    fi: 'Suuri yritys (vähintään 250 työntekijää)',
    en: 'Large (250 employees or more)',
  },
  sizeUnknown: { sv: 'Inte uppgiven', fi: 'Ei ilmoitettu', en: 'Not given' },
} as const satisfies Record<string, Record<Language, string>>;

export const js = (key: keyof typeof juryStrings, lang: Language) => juryStrings[key][lang];

/** The EU size class of a company by its employees (turnover is not asked). */
export function sizeClass(employees: number | undefined, lang: Language) {
  if (employees === undefined) return js('sizeUnknown', lang);
  if (employees < 10) return js('sizeMicro', lang);
  if (employees < 50) return js('sizeSmall', lang);
  if (employees < 250) return js('sizeMedium', lang);
  return js('sizeLarge', lang);
}
