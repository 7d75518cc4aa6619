import type { Language } from '../http/route';

/** Texts of the strategy page, its join form and the affiliation's manage page ({name} filled in). */
export const strategyStrings = {
  strategy: { sv: 'Strategin', fi: 'Strategia', en: 'The strategy' },
  noStrategy: {
    sv: 'Det finns ingen strategi att ansluta sig till just nu.',
    fi: 'Tällä hetkellä ei ole strategiaa, johon voisi liittyä.',
    en: 'There is no strategy to join at the moment.',
  },
  example: { sv: 'Exempel', fi: 'Esimerkki', en: 'Example' },
  period: { sv: 'Period', fi: 'Kausi', en: 'Period' },
  vision: { sv: 'Vision', fi: 'Visio', en: 'Vision' },
  goals: { sv: 'Mål', fi: 'Tavoitteet', en: 'Goals' },
  focusAreas: { sv: 'Tyngdpunkter', fi: 'Painopisteet', en: 'Focus areas' },
  joiningMeans: {
    sv: 'Vad anslutningen innebär',
    fi: 'Mitä liittyminen tarkoittaa',
    en: 'What joining means',
  },
  joiningDoesNotMean: {
    sv: 'Vad anslutningen inte innebär',
    fi: 'Mitä liittyminen ei tarkoita',
    en: 'What joining does not mean',
  },
  joined: {
    sv: 'Anslutna organisationer',
    fi: 'Liittyneet organisaatiot',
    en: 'Organisations that have joined',
  },
  noneJoined: {
    sv: 'Inga organisationer visas här ännu.',
    fi: 'Täällä ei vielä näytetä yhtään organisaatiota.',
    en: 'No organisations are shown here yet.',
  },
  alreadyDoes: { sv: 'Gör redan', fi: 'Tekee jo', en: 'Already does' },
  willContribute: { sv: 'Bidrar med', fi: 'Aikoo tehdä', en: 'Will contribute' },
  joinTitle: { sv: 'Anslut er organisation', fi: 'Liittäkää organisaationne', en: 'Join as an organisation' },
  joinIntro: {
    sv: 'Anslutningen ska bygga på ett beslut i politisk ordning eller i organisationens ledning. Kontaktpersonen får ett e-postmeddelande och bekräftar anslutningen med länken i det.',
    fi: 'Liittymisen pitää perustua poliittisen toimielimen tai organisaation johdon päätökseen. Yhteyshenkilö saa sähköpostiviestin ja vahvistaa liittymisen sen linkillä.',
    en: "Joining should rest on a decision by the organisation's political body or management. The contact person receives an email and confirms the affiliation with its link.",
  },
  organisation: { sv: 'Organisationen', fi: 'Organisaatio', en: 'The organisation' },
  organisationName: { sv: 'Organisationens namn', fi: 'Organisaation nimi', en: "Organisation's name" },
  organisationType: { sv: 'Typ av organisation', fi: 'Organisaation tyyppi', en: 'Type of organisation' },
  municipality: { sv: 'Kommun', fi: 'Kunta', en: 'Municipality' },
  municipalityHint: {
    sv: 'Kommunen där organisationen verkar eller har sitt säte.',
    fi: 'Kunta, jossa organisaatio toimii tai jossa sen kotipaikka on.',
    en: 'The municipality where the organisation works or is based.',
  },
  chooseMunicipality: { sv: 'Välj kommun', fi: 'Valitse kunta', en: 'Choose a municipality' },
  chooseType: { sv: 'Välj typ', fi: 'Valitse tyyppi', en: 'Choose a type' },
  businessId: { sv: 'FO-nummer', fi: 'Y-tunnus', en: 'Business ID' },
  businessIdHint: {
    sv: 'I formen 1234567-8, om organisationen har ett.',
    fi: 'Muodossa 1234567-8, jos organisaatiolla on sellainen.',
    en: 'In the form 1234567-8, if the organisation has one.',
  },
  decision: { sv: 'Beslutet', fi: 'Päätös', en: 'The decision' },
  decisionBody: { sv: 'Vem fattade beslutet', fi: 'Päätöksen tekijä', en: 'Who took the decision' },
  decisionBodyHint: {
    sv: 'Till exempel kommunstyrelsen eller ledningsgruppen.',
    fi: 'Esimerkiksi kunnanhallitus tai johtoryhmä.',
    en: 'For example the municipal executive board or the management team.',
  },
  decisionDate: { sv: 'Beslutsdatum', fi: 'Päätöspäivä', en: 'Date of the decision' },
  dateHint: { sv: 'Till exempel 2027-03-15.', fi: 'Esimerkiksi 2027-03-15.', en: 'For example 2027-03-15.' },
  minutesUrl: { sv: 'Länk till protokollet', fi: 'Linkki pöytäkirjaan', en: 'Link to the minutes' },
  contact: { sv: 'Kontaktperson', fi: 'Yhteyshenkilö', en: 'Contact person' },
  contactName: { sv: 'Namn', fi: 'Nimi', en: 'Name' },
  contactTitle: { sv: 'Titel', fi: 'Tehtävänimike', en: 'Job title' },
  contactEmail: { sv: 'E-post', fi: 'Sähköposti', en: 'Email' },
  contactPhone: { sv: 'Telefon', fi: 'Puhelin', en: 'Phone' },
  contributions: { sv: 'Bidraget per mål', fi: 'Panos tavoitteittain', en: 'The contribution per goal' },
  contributionsHint: {
    sv: 'Beskriv för minst ett mål vad organisationen redan gör och vad den kommer att bidra med.',
    fi: 'Kuvatkaa vähintään yhden tavoitteen kohdalla, mitä organisaatio jo tekee ja mitä se aikoo tehdä.',
    en: 'For at least one goal, describe what the organisation already does and what it will contribute.',
  },
  alreadyLabel: {
    sv: '{goal}: vad gör organisationen redan?',
    fi: '{goal}: mitä organisaatio jo tekee?',
    en: '{goal}: what does the organisation already do?',
  },
  contributeLabel: {
    sv: '{goal}: vad kommer organisationen att bidra med?',
    fi: '{goal}: mitä organisaatio aikoo tehdä?',
    en: '{goal}: what will the organisation contribute?',
  },
  consentToPublish: {
    sv: 'Organisationens namn och bidrag får visas på den här sidan när anslutningen är klar.',
    fi: 'Organisaation nimen ja panoksen saa näyttää tällä sivulla, kun liittyminen on valmis.',
    en: "The organisation's name and contribution may be shown on this page once it has joined.",
  },
  consentToPublishShort: { sv: 'Publicering', fi: 'Julkaiseminen', en: 'Publication' },
  submit: { sv: 'Skicka anslutningen', fi: 'Lähetä liittyminen', en: 'Send the affiliation' },
  checkMail: { sv: 'Kontrollera e-posten', fi: 'Tarkistakaa sähköposti', en: 'Check the email' },
  checkMailText: {
    sv: 'Tack! Om uppgifterna var i ordning får kontaktpersonen ett e-postmeddelande med en länk att bekräfta anslutningen med.',
    fi: 'Kiitos! Jos tiedot olivat kunnossa, yhteyshenkilö saa sähköpostiviestin, jonka linkillä liittyminen vahvistetaan.',
    en: 'Thank you! If the details were in order, the contact person receives an email with a link to confirm the affiliation.',
  },
  confirmTitle: { sv: 'Bekräfta anslutningen', fi: 'Vahvista liittyminen', en: 'Confirm the affiliation' },
  confirmText: {
    sv: 'Bekräfta att organisationen ansluter sig till strategin med dig som kontaktperson.',
    fi: 'Vahvista, että organisaatio liittyy strategiaan ja että olet sen yhteyshenkilö.',
    en: 'Confirm that the organisation joins the strategy with you as its contact person.',
  },
  confirmed: {
    sv: 'Anslutningen är bekräftad. Du får ett e-postmeddelande med en länk där du kan ändra uppgifterna.',
    fi: 'Liittyminen on vahvistettu. Saat sähköpostiviestin, jonka linkillä voit muuttaa tietoja.',
    en: 'The affiliation is confirmed. You will receive an email with a link where you can change the details.',
  },
  manageTitle: { sv: 'Anslutningen', fi: 'Liittyminen', en: 'The affiliation' },
  status: { sv: 'Läge', fi: 'Tilanne', en: 'Status' },
  saveContribution: { sv: 'Spara bidraget', fi: 'Tallenna panos', en: 'Save the contribution' },
  contributionSaved: {
    sv: 'Bidraget är sparat. Den tidigare versionen finns kvar hos nätverket.',
    fi: 'Panos on tallennettu. Aiempi versio säilyy verkostolla.',
    en: 'The contribution is saved. The earlier version is kept by the network.',
  },
  stillValid: {
    sv: 'Bidraget stämmer fortfarande',
    fi: 'Panos pitää yhä paikkansa',
    en: 'The contribution still stands',
  },
  stillValidHint: {
    sv: 'Svar på den årliga uppföljningen när ingenting har ändrats.',
    fi: 'Vastaus vuosittaiseen seurantaan, kun mikään ei ole muuttunut.',
    en: 'The answer to the yearly follow-up when nothing has changed.',
  },
  stillValidSaved: {
    sv: 'Tack! Bidraget är bekräftat.',
    fi: 'Kiitos! Panos on vahvistettu.',
    en: 'Thank you! The contribution is confirmed.',
  },
  changeContact: { sv: 'Byt kontaktperson', fi: 'Vaihda yhteyshenkilö', en: 'Change the contact person' },
  changeContactHint: {
    sv: 'Den nya kontaktpersonen får en egen länk per e-post, och den här länken slutar fungera.',
    fi: 'Uusi yhteyshenkilö saa oman linkin sähköpostiinsa, ja tämä linkki lakkaa toimimasta.',
    en: 'The new contact person is emailed a link of their own, and this link stops working.',
  },
  contactChanged: {
    sv: 'Kontaktpersonen är bytt. Den nya kontaktpersonen har fått en länk per e-post.',
    fi: 'Yhteyshenkilö on vaihdettu. Uusi yhteyshenkilö on saanut linkin sähköpostiinsa.',
    en: 'The contact person is changed. The new contact person has been emailed a link.',
  },
  withdraw: { sv: 'Återkalla anslutningen', fi: 'Peru liittyminen', en: 'Withdraw the affiliation' },
  withdrawText: {
    sv: 'Organisationen tas bort från listan över anslutna organisationer. Den kan ansluta sig på nytt senare.',
    fi: 'Organisaatio poistetaan liittyneiden organisaatioiden luettelosta. Se voi liittyä myöhemmin uudelleen.',
    en: 'The organisation is removed from the list of organisations that have joined. It can join again later.',
  },
  withdrawn: {
    sv: 'Anslutningen är återkallad.',
    fi: 'Liittyminen on peruttu.',
    en: 'The affiliation is withdrawn.',
  },
  closedText: {
    sv: 'Anslutningen är avslutad och kan inte längre ändras.',
    fi: 'Liittyminen on päättynyt, eikä sitä voi enää muuttaa.',
    en: 'The affiliation has ended and can no longer be changed.',
  },
  changedMeanwhile: {
    sv: 'Anslutningen ändrades under tiden. Försök igen.',
    fi: 'Liittymistä muutettiin sillä välin. Yritä uudelleen.',
    en: 'The affiliation changed meanwhile. Please try again.',
  },
  typeMunicipality: { sv: 'Kommun', fi: 'Kunta', en: 'Municipality' },
  typeWelfareArea: { sv: 'Välfärdsområde', fi: 'Hyvinvointialue', en: 'Wellbeing services county' },
  typeAuthority: { sv: 'Myndighet', fi: 'Viranomainen', en: 'Authority' },
  typeCompany: { sv: 'Företag', fi: 'Yritys', en: 'Company' },
  typeAssociation: { sv: 'Förening eller organisation', fi: 'Yhdistys tai järjestö', en: 'Association' },
  typeEducation: { sv: 'Läroanstalt', fi: 'Oppilaitos', en: 'Educational institution' },
  typeOther: { sv: 'Annan', fi: 'Muu', en: 'Other' },
} as const satisfies Record<string, Record<Language, string>>;

export type StrategyStringKey = keyof typeof strategyStrings;
export const st = (key: StrategyStringKey, lang: Language) => strategyStrings[key][lang];

/** The organisation types as the form and the lists name them. */
export const organisationTypeLabel = (type: string, lang: Language) => {
  const key = `type${type.charAt(0).toUpperCase()}${type.slice(1)}` as StrategyStringKey;
  return key in strategyStrings ? strategyStrings[key][lang] : type;
};
