import type { Language } from '../../shared/http/route';

/**
 * The jury's pages (functions/console/pages/jury-*.ts) and the jury section of a campaign's page for
 * coordinators.
 */
export const juryStrings = {
  myCampaigns: { sv: 'Mina bedömningar', fi: 'Omat arviointini', en: 'My reviews' },
  myCampaignsIntro: {
    sv: 'Kampanjerna där du sitter i juryn. Du ser bara din egen bedömning, aldrig andras.',
    fi: 'Kampanjat, joiden raadissa olet. Näet vain oman arviointisi, et koskaan muiden.',
    en: 'The campaigns whose jury you are on. You see only your own review, never anyone else’s.',
  },
  noAssignedCampaigns: {
    sv: 'Du är inte med i juryn för någon kampanj just nu.',
    fi: 'Et ole tällä hetkellä minkään kampanjan raadissa.',
    en: 'You are not on the jury of any campaign at the moment.',
  },
  campaign: { sv: 'Kampanj', fi: 'Kampanja', en: 'Campaign' },
  scored: { sv: 'Bedömda', fi: 'Arvioitu', en: 'Scored' },
  conflicts: { sv: 'Jäv anmält', fi: 'Esteellisyys ilmoitettu', en: 'Conflicts declared' },
  left: { sv: 'Kvar', fi: 'Jäljellä', en: 'Left' },
  reviewDeadline: { sv: 'Bedömningarna senast', fi: 'Arvioinnin määräaika', en: 'Reviews due' },
  noDeadline: { sv: 'Ingen tidsgräns', fi: 'Ei määräaikaa', en: 'No deadline' },
  deadlinePassed: {
    sv: 'Tiden för bedömningar har gått ut. Du kan läsa men inte längre ändra.',
    fi: 'Arvioinnin määräaika on päättynyt. Voit lukea, mutta et enää muuttaa.',
    en: 'The review deadline has passed. You can read but no longer change anything.',
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
    sv: 'Ge varje kriterium ett betyg från 0 (uppfylls inte alls) till 5 (uppfylls utmärkt). Spara som utkast så länge du vill, lämna sedan in. Du kan ändra din bedömning fram till tidsgränsen.',
    fi: 'Anna jokaiselle kriteerille arvosana 0:sta (ei täyty lainkaan) 5:een (täyttyy erinomaisesti). Voit tallentaa luonnoksen niin monta kertaa kuin haluat ja lähettää arvioinnin sitten. Voit muuttaa arviointiasi määräaikaan asti.',
    en: 'Give each criterion a score from 0 (not met at all) to 5 (met excellently). Save a draft as often as you like, then submit. You can change your review until the deadline.',
  },
  weight: { sv: 'Vikt', fi: 'Painoarvo', en: 'Weight' },
  scale: { sv: 'Skala 0–5', fi: 'Asteikko 0–5', en: 'Scale 0–5' },
  score: { sv: 'Betyg', fi: 'Arvosana', en: 'Score' },
  criterionComment: { sv: 'Kommentar', fi: 'Kommentti', en: 'Comment' },
  overallComment: { sv: 'Sammanfattande kommentar', fi: 'Yleiskommentti', en: 'Overall comment' },
  saveDraft: { sv: 'Spara utkast', fi: 'Tallenna luonnos', en: 'Save draft' },
  submitReview: { sv: 'Lämna in bedömningen', fi: 'Lähetä arviointi', en: 'Submit the review' },
  saveChanges: { sv: 'Lämna in ändringarna', fi: 'Lähetä muutokset', en: 'Submit the changes' },
  draftSaved: { sv: 'Utkastet är sparat.', fi: 'Luonnos on tallennettu.', en: 'The draft is saved.' },
  reviewSubmitted: {
    sv: 'Bedömningen är inlämnad.',
    fi: 'Arviointi on lähetetty.',
    en: 'The review is submitted.',
  },
  conflictHeading: { sv: 'Jäv', fi: 'Esteellisyys', en: 'Conflict of interest' },
  conflictIntro: {
    sv: 'Om du är jävig (till exempel har band till företaget) anmäler du jäv i stället för att bedöma. Du räknas då inte med i rangordningen för den här ansökan.',
    fi: 'Jos olet esteellinen (sinulla on esimerkiksi sidoksia yritykseen), ilmoita esteellisyydestä arvioinnin sijaan. Sinua ei silloin lasketa mukaan tämän hakemuksen paremmuusjärjestykseen.',
    en: 'If you have a conflict of interest (ties to the company, for example), declare it instead of scoring. You are then left out of this application’s ranking.',
  },
  conflictNote: {
    sv: 'Anteckning till koordinatorerna',
    fi: 'Huomautus koordinaattoreille',
    en: 'Note to the coordinators',
  },
  declareConflict: { sv: 'Anmäl jäv', fi: 'Ilmoita esteellisyys', en: 'Declare a conflict of interest' },
  conflictDeclared: {
    sv: 'Du har anmält jäv för den här ansökan.',
    fi: 'Olet ilmoittanut olevasi esteellinen tämän hakemuksen osalta.',
    en: 'You have declared a conflict of interest for this application.',
  },
  withdrawConflict: { sv: 'Återkalla jävet', fi: 'Peru esteellisyysilmoitus', en: 'Withdraw the conflict' },
  conflictWithdrawn: {
    sv: 'Jävet är återkallat. Du kan nu bedöma ansökan.',
    fi: 'Esteellisyysilmoitus on peruttu. Voit nyt arvioida hakemuksen.',
    en: 'The conflict is withdrawn. You can now score the application.',
  },
  // The coordinator's jury section on a campaign's page.
  jury: { sv: 'Jury', fi: 'Raati', en: 'Jury' },
  juryIntro: {
    sv: 'Jurymedlemmarna ser och bedömer bara de kampanjer de har lagts till i. Lägg till dem med e-postadressen de loggar in med.',
    fi: 'Raadin jäsenet näkevät ja arvioivat vain ne kampanjat, joihin heidät on lisätty. Lisää jäsen sillä sähköpostiosoitteella, jolla hän kirjautuu.',
    en: 'Jurors see and score only the campaigns they are added to. Add them by the email address they sign in with.',
  },
  noJurors: { sv: 'Ingen jury ännu.', fi: 'Raatia ei ole vielä nimetty.', en: 'No jurors yet.' },
  juror: { sv: 'Jurymedlem', fi: 'Raadin jäsen', en: 'Juror' },
  assignedBy: { sv: 'Tillagd av', fi: 'Lisännyt', en: 'Added by' },
  remove: { sv: 'Ta bort', fi: 'Poista', en: 'Remove' },
  removeJuror: { sv: 'Ta bort ur juryn', fi: 'Poista raadista', en: 'Remove from the jury' },
  addJuror: { sv: 'Lägg till i juryn', fi: 'Lisää raatiin', en: 'Add to the jury' },
  jurorEmail: { sv: 'E-postadress', fi: 'Sähköpostiosoite', en: 'Email address' },
  jurorAdded: { sv: 'Jurymedlemmen är tillagd.', fi: 'Jäsen on lisätty raatiin.', en: 'The juror is added.' },
  jurorRemoved: {
    sv: 'Jurymedlemmen är borttagen.',
    fi: 'Jäsen on poistettu raadista.',
    en: 'The juror is removed.',
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
