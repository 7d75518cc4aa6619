/**
 * Every text of the Studio that is ours, in Swedish, Finnish and English: one entry per text, used wherever it
 * is needed (the same label on two fields is one entry). `{name}` marks a parameter; each language of an entry
 * uses the same ones. Look texts up with `t(key)` (./index.ts); tests check that every title, description and
 * validation message of the compiled schema comes from here in all three languages.
 */
export interface Texts {
  readonly sv: string;
  readonly fi: string;
  readonly en: string;
}

export const dictionary = {
  // The Studio and its languages
  'studio.title': { sv: 'Jämställdhetsnätverket', fi: 'Tasa-arvoverkosto', en: 'Equality network' },
  'studio.language': { sv: 'Svenska', fi: 'Suomi', en: 'English' },
  'language.sv': { sv: 'svenska', fi: 'ruotsi', en: 'Swedish' },
  'language.fi': { sv: 'finska', fi: 'suomi', en: 'Finnish' },
  'language.en': { sv: 'engelska', fi: 'englanti', en: 'English' },
  'language.option.sv': { sv: 'Svenska', fi: 'Ruotsi', en: 'Swedish' },
  'language.option.fi': { sv: 'Finska', fi: 'Suomi', en: 'Finnish' },
  'language.option.en': { sv: 'Engelska', fi: 'Englanti', en: 'English' },

  // Labels several types share
  'common.title': { sv: 'Titel', fi: 'Otsikko', en: 'Title' },
  'common.slug': { sv: 'Webbadress (slug)', fi: 'Verkko-osoite (slug)', en: 'Slug' },
  'common.slug.description': {
    sv: 'Sista delen av sidans webbadress, en för varje språk. Skapa den från titeln med knappen bredvid fältet. Svenska och finska behövs.',
    fi: 'Sivun verkko-osoitteen loppuosa, yksi kullekin kielelle. Luo se otsikosta kentän vieressä olevalla painikkeella. Ruotsi ja suomi tarvitaan.',
    en: 'The last part of the page address, one per language. Generate it from the title with the button next to the field. Swedish and Finnish are needed.',
  },
  'common.summary': { sv: 'Sammanfattning', fi: 'Tiivistelmä', en: 'Summary' },
  'common.description': { sv: 'Beskrivning', fi: 'Kuvaus', en: 'Description' },
  'common.plainText.description': {
    sv: 'Kort text utan formatering, för listor och e-post. Sidan visar den tills webbplatsen visar brödtexten.',
    fi: 'Lyhyt muotoilematon teksti luetteloihin ja sähköposteihin. Sivu näyttää sen, kunnes sivusto näyttää leipätekstin.',
    en: 'Short plain text, for lists and mail. The page shows it until the site shows the body text.',
  },
  'common.body': { sv: 'Brödtext', fi: 'Leipäteksti', en: 'Body text' },
  'common.richText.description': {
    sv: 'Formaterad text: rubriker, listor, länkar, bilder och filer. Svenska och finska behövs när texten ges.',
    fi: 'Muotoiltu teksti: otsikot, luettelot, linkit, kuvat ja tiedostot. Ruotsi ja suomi tarvitaan, kun teksti annetaan.',
    en: 'Rich text: headings, lists, links, images and files. When given, Swedish and Finnish are needed.',
  },
  'common.text': { sv: 'Text', fi: 'Teksti', en: 'Text' },
  'common.content': { sv: 'Innehåll', fi: 'Sisältö', en: 'Content' },
  'common.isExample': { sv: 'Exempelinnehåll', fi: 'Esimerkkisisältö', en: 'Example content' },
  'common.isExample.description': {
    sv: 'Demoinnehåll: visas med märket "Exempel" och annonseras aldrig.',
    fi: 'Esittelysisältöä: näytetään merkinnällä "Esimerkki", eikä siitä koskaan tiedoteta.',
    en: 'Demo content: shown with an "Example" marker, never announced.',
  },
  'common.focusArea': { sv: 'Tyngdpunkt', fi: 'Painopiste', en: 'Focus area' },
  'common.focusAreas': { sv: 'Tyngdpunkter', fi: 'Painopisteet', en: 'Focus areas' },
  'common.organizations': { sv: 'Organisationer', fi: 'Organisaatiot', en: 'Organisations' },
  'common.period': { sv: 'Period', fi: 'Ajanjakso', en: 'Period' },
  'common.kind': { sv: 'Typ', fi: 'Tyyppi', en: 'Kind' },
  'common.key': { sv: 'Nyckel', fi: 'Avain', en: 'Key' },
  'common.label': { sv: 'Etikett', fi: 'Nimike', en: 'Label' },
  'common.email': { sv: 'E-post', fi: 'Sähköposti', en: 'Email' },
  'common.link': { sv: 'Länk', fi: 'Linkki', en: 'Link' },
  'common.webAddress': { sv: 'Webbadress', fi: 'Verkko-osoite', en: 'Web address' },
  'common.orderRank': { sv: 'Ordning', fi: 'Järjestys', en: 'Order rank' },
  'common.image': { sv: 'Bild', fi: 'Kuva', en: 'Image' },
  'common.image.description': {
    sv: 'Visas överst på sidan och i listor.',
    fi: 'Näytetään sivun yläosassa ja luetteloissa.',
    en: 'Shown at the top of the page and in lists.',
  },
  'common.files': { sv: 'Filer', fi: 'Tiedostot', en: 'Files' },
  'common.files.description': {
    sv: 'PDF, Word, Excel eller PowerPoint, var och en med en titel på svenska och finska.',
    fi: 'PDF-, Word-, Excel- tai PowerPoint-tiedostoja, kullakin otsikko ruotsiksi ja suomeksi.',
    en: 'PDF, Word, Excel or PowerPoint, each with a title in Swedish and Finnish.',
  },
  'group.details': { sv: 'Uppgifter', fi: 'Tiedot', en: 'Details' },

  // Activity plan: focus areas and actions
  'focusArea.slug.description': {
    sv: 'Sista delen av webbadressen, skapad från den svenska titeln.',
    fi: 'Verkko-osoitteen loppuosa, luotu ruotsinkielisestä otsikosta.',
    en: 'The last part of the address, generated from the Swedish title.',
  },
  'action.title': { sv: 'Åtgärd', fi: 'Toimenpide', en: 'Action' },
  'action.group.plan': { sv: 'Plan', fi: 'Suunnitelma', en: 'Plan' },
  'action.group.links': {
    sv: 'Relaterade evenemang och kampanjer',
    fi: 'Liittyvät tapahtumat ja kampanjat',
    en: 'Related events and campaigns',
  },
  'action.status': { sv: 'Status', fi: 'Tila', en: 'Status' },
  'action.relatedEvents': { sv: 'Relaterade evenemang', fi: 'Liittyvät tapahtumat', en: 'Related events' },
  'action.relatedCampaigns': {
    sv: 'Relaterade kampanjer',
    fi: 'Liittyvät kampanjat',
    en: 'Related campaigns',
  },
  'option.actionStatus.planned': { sv: 'Planerad', fi: 'Suunniteltu', en: 'Planned' },
  'option.actionStatus.ongoing': { sv: 'Pågår', fi: 'Käynnissä', en: 'Ongoing' },
  'option.actionStatus.done': { sv: 'Klar', fi: 'Valmis', en: 'Done' },
  'actionCoordinator.title': { sv: 'Samordnare', fi: 'Koordinaattori', en: 'Coordinator' },
  'actionCoordinator.name': { sv: 'Eller ett namn', fi: 'Tai nimi', en: 'Or a name' },
  'actionCoordinator.name.description': {
    sv: 'För en samordnare som inte är en organisation här, t.ex. "Nätverkets företagsgrupp".',
    fi: 'Koordinaattorille, joka ei ole täällä organisaationa, esim. "Verkoston yritysryhmä".',
    en: 'For a coordinator that is not an organisation here, e.g. "The network\'s business group".',
  },

  // Events
  'event.title': { sv: 'Evenemang', fi: 'Tapahtuma', en: 'Event' },
  'event.group.time': { sv: 'Tid och plats', fi: 'Aika ja paikka', en: 'Time and place' },
  'event.group.registration': { sv: 'Anmälan', fi: 'Ilmoittautuminen', en: 'Registration' },
  'event.startsAt': { sv: 'Börjar', fi: 'Alkaa', en: 'Starts' },
  'event.endsAt': { sv: 'Slutar', fi: 'Päättyy', en: 'Ends' },
  'event.mode': { sv: 'Genomförande', fi: 'Toteutustapa', en: 'Mode' },
  'event.place': { sv: 'Plats', fi: 'Paikka', en: 'Place' },
  'event.place.description': {
    sv: 'Lokal och ort, t.ex. "Vasa, Academill".',
    fi: 'Tila ja paikkakunta, esim. "Vaasa, Academill".',
    en: 'Venue and town, e.g. "Vasa, Academill".',
  },
  'event.onlineUrl': {
    sv: 'Länk för deltagande på distans',
    fi: 'Etäosallistumisen linkki',
    en: 'Online link',
  },
  'event.onlineUrl.description': {
    sv: 'Skickas till anmälda deltagare.',
    fi: 'Lähetetään ilmoittautuneille.',
    en: 'Sent to registered participants.',
  },
  'event.capacity': { sv: 'Antal platser', fi: 'Paikkamäärä', en: 'Capacity' },
  'event.capacity.description': {
    sv: 'Hur många deltagare som kan anmäla sig.',
    fi: 'Kuinka moni voi ilmoittautua.',
    en: 'How many participants can register.',
  },
  'event.waitlist': {
    sv: 'Kölista när det är fullt',
    fi: 'Jonotuslista, kun paikat ovat täynnä',
    en: 'Waiting list when full',
  },
  'event.requireEmailConfirmation': {
    sv: 'Bekräftelse via e-post',
    fi: 'Vahvistus sähköpostilla',
    en: 'Confirmation by email',
  },
  'event.requireEmailConfirmation.description': {
    sv: 'En ny anmälan håller sin plats bara tills länken i e-posten bekräftar den; obekräftade platser går vidare till nästa i kön.',
    fi: 'Uusi ilmoittautuminen pitää paikkansa vain, kunnes se vahvistetaan sähköpostin linkistä; vahvistamattomat paikat siirtyvät jonossa seuraavalle.',
    en: 'A new registration holds its seat only until the link in the email confirms it; unconfirmed seats go to the next person in line.',
  },
  'event.cancelled': { sv: 'Inställt', fi: 'Peruttu', en: 'Cancelled' },
  'event.cancelled.description': {
    sv: 'Evenemanget blir inte av: det visas som inställt och tar inte emot fler anmälningar. De anmälda får ett meddelande om det per e-post.',
    fi: 'Tapahtuma ei toteudu: se näkyy peruttuna eikä ota enää ilmoittautumisia. Ilmoittautuneet saavat siitä tiedon sähköpostilla.',
    en: 'The event will not take place: it stays listed as cancelled and takes no more registrations. The registrants are told by email.',
  },
  'event.cancellationReason': {
    sv: 'Orsak till att evenemanget ställs in',
    fi: 'Peruutuksen syy',
    en: 'Reason for the cancellation',
  },
  'event.cancellationReason.description': {
    sv: 'Skickas till de anmälda i meddelandet om att evenemanget är inställt.',
    fi: 'Lähetetään ilmoittautuneille peruutusviestissä.',
    en: 'Sent to the registrants in the mail that says the event is cancelled.',
  },
  'event.registrationOpensAt': {
    sv: 'Anmälan öppnar',
    fi: 'Ilmoittautuminen alkaa',
    en: 'Registration opens',
  },
  'event.registrationClosesAt': {
    sv: 'Anmälan stänger',
    fi: 'Ilmoittautuminen päättyy',
    en: 'Registration closes',
  },
  'option.eventKind.planningMeeting': {
    sv: 'Planeringsmöte',
    fi: 'Suunnittelukokous',
    en: 'Planning meeting',
  },
  'option.eventKind.networkMeeting': { sv: 'Nätverksträff', fi: 'Verkostotapaaminen', en: 'Network meeting' },
  'option.eventKind.webinar': { sv: 'Webbinarium', fi: 'Webinaari', en: 'Webinar' },
  'option.eventKind.seminar': { sv: 'Seminarium', fi: 'Seminaari', en: 'Seminar' },
  'option.eventKind.roundTable': {
    sv: 'Rundabordsdiskussion',
    fi: 'Pyöreän pöydän keskustelu',
    en: 'Round-table discussion',
  },
  'option.eventKind.quickDialogue': { sv: 'Snabbdialog', fi: 'Pikadialogi', en: 'Quick dialogue' },
  'option.eventMode.onsite': { sv: 'På plats', fi: 'Paikan päällä', en: 'On site' },
  'option.eventMode.online': { sv: 'På distans', fi: 'Verkossa', en: 'Online' },
  'option.eventMode.hybrid': { sv: 'Hybrid', fi: 'Hybridi', en: 'Hybrid' },

  // Campaigns
  'campaign.title': { sv: 'Kampanj', fi: 'Kampanja', en: 'Campaign' },
  'campaign.group.eligibility': {
    sv: 'Tid och behörighet',
    fi: 'Aika ja kelpoisuus',
    en: 'Window and eligibility',
  },
  'campaign.group.questions': { sv: 'Ansökningsformulär', fi: 'Hakulomake', en: 'Application form' },
  'campaign.year': { sv: 'Prisår', fi: 'Palkintovuosi', en: 'Award year' },
  'campaign.opensAt': { sv: 'Ansökan öppnar', fi: 'Haku alkaa', en: 'Applications open' },
  'campaign.closesAt': { sv: 'Ansökan stänger', fi: 'Haku päättyy', en: 'Applications close' },
  'campaign.reviewDeadline': {
    sv: 'Juryns bedömningar senast',
    fi: 'Raadin arvioinnin määräaika',
    en: 'Jury reviews due',
  },
  'campaign.reviewDeadline.description': {
    sv: 'Valfri. Fram till dess kan juryn spara och ändra sina bedömningar och jäv; därefter är de låsta.',
    fi: 'Vapaaehtoinen. Siihen asti raati voi tallentaa ja muuttaa arviointejaan ja esteellisyysilmoituksiaan, sen jälkeen ne lukitaan.',
    en: 'Optional. Until then the jury can save and change their reviews and conflicts of interest; after it they are locked.',
  },
  'campaign.eligibleMunicipalities': {
    sv: 'Behöriga kommuner',
    fi: 'Kelpoiset kunnat',
    en: 'Eligible municipalities',
  },
  'campaign.eligibleMunicipalities.description': {
    sv: 'Företag från dessa kommuner får ansöka. Lämna tomt för att godta alla kommuner.',
    fi: 'Näiden kuntien yritykset voivat hakea. Jätä tyhjäksi, jos kaikki kunnat käyvät.',
    en: 'Companies from these municipalities may apply. Leave empty to accept all municipalities.',
  },
  'campaign.eligibility': { sv: 'Vem kan ansöka', fi: 'Ketkä voivat hakea', en: 'Who can apply' },
  'campaign.criteria': { sv: 'Kriterier', fi: 'Kriteerit', en: 'Criteria' },
  'campaign.questions': { sv: 'Frågor', fi: 'Kysymykset', en: 'Questions' },
  'campaignCriterion.title': { sv: 'Kriterium', fi: 'Kriteeri', en: 'Criterion' },
  'campaignCriterion.key.description': {
    sv: 'Fast id som används i bedömningar och exporter, t.ex. "equal-pay". Ändra det inte när det finns bedömningar.',
    fi: 'Pysyvä tunniste arvioinneissa ja vienneissä, esim. "equal-pay". Älä muuta sitä, kun arviointeja on tehty.',
    en: 'Stable id used in reviews and exports, e.g. "equal-pay". Do not change it once reviews exist.',
  },
  'campaignCriterion.description': {
    sv: 'Vägledning för juryn',
    fi: 'Ohjeet tuomaristolle',
    en: 'Guidance for the jury',
  },
  'campaignCriterion.weight': { sv: 'Vikt', fi: 'Painoarvo', en: 'Weight' },
  'campaignCriterion.weight.description': {
    sv: 'Relativ betydelse i rangordningen; vilket tal som helst större än 0.',
    fi: 'Suhteellinen painoarvo paremmuusjärjestyksessä; mikä tahansa nollaa suurempi luku.',
    en: 'Relative importance in the ranking; any number greater than 0.',
  },
  'campaignQuestion.title': { sv: 'Fråga', fi: 'Kysymys', en: 'Question' },
  'campaignQuestion.key.description': {
    sv: 'Svarets fasta id, t.ex. "equal-pay-measures". Ändra det inte när det finns svar.',
    fi: 'Vastauksen pysyvä tunniste, esim. "equal-pay-measures". Älä muuta sitä, kun vastauksia on tullut.',
    en: 'Stable id of the answer, e.g. "equal-pay-measures". Do not change it once answers exist.',
  },
  'campaignQuestion.help': { sv: 'Hjälptext', fi: 'Ohjeteksti', en: 'Help text' },
  'campaignQuestion.type': { sv: 'Svarstyp', fi: 'Vastaustyyppi', en: 'Answer type' },
  'campaignQuestion.required': {
    sv: 'Svar krävs för att skicka',
    fi: 'Vastaus vaaditaan lähettämiseen',
    en: 'Answer required to submit',
  },
  'campaignQuestion.options': { sv: 'Alternativ', fi: 'Vaihtoehdot', en: 'Options' },
  'campaignQuestion.maxLength': {
    sv: 'Maximal längd (tecken)',
    fi: 'Enimmäispituus (merkkiä)',
    en: 'Maximum length (characters)',
  },
  'campaignQuestion.criterion': { sv: 'Kriteriets nyckel', fi: 'Kriteerin avain', en: 'Criterion key' },
  'campaignQuestion.criterion.description': {
    sv: 'Valfritt: nyckeln till det kriterium som svaret belyser; juryn ser svaret bredvid det.',
    fi: 'Valinnainen: sen kriteerin avain, jota vastaus koskee; tuomaristo näkee vastauksen sen vieressä.',
    en: 'Optional: the key of the criterion this answer informs, shown to the jury next to it.',
  },
  'option.questionType.text': { sv: 'Kort text', fi: 'Lyhyt teksti', en: 'Short text' },
  'option.questionType.longText': { sv: 'Lång text', fi: 'Pitkä teksti', en: 'Long text' },
  'option.questionType.singleChoice': { sv: 'Ett val', fi: 'Yksi valinta', en: 'Single choice' },
  'option.questionType.multiChoice': { sv: 'Flera val', fi: 'Monivalinta', en: 'Multiple choice' },
  'option.questionType.number': { sv: 'Tal', fi: 'Luku', en: 'Number' },
  'option.questionType.boolean': { sv: 'Ja / nej', fi: 'Kyllä / ei', en: 'Yes / no' },
  'questionOption.title': { sv: 'Svarsalternativ', fi: 'Vastausvaihtoehto', en: 'Option' },
  'questionOption.value': { sv: 'Värde', fi: 'Arvo', en: 'Value' },
  'questionOption.value.description': {
    sv: 'Sparas med svaret, t.ex. "self". Ändra det inte när det finns svar.',
    fi: 'Tallennetaan vastauksen mukana, esim. "self". Älä muuta sitä, kun vastauksia on tullut.',
    en: 'Stored with the answer, e.g. "self". Do not change it once answers exist.',
  },

  // Nomination rounds and organisations
  'nominationRound.title': { sv: 'Nomineringsomgång', fi: 'Nimeämiskierros', en: 'Nomination round' },
  'nominationRound.group.request': { sv: 'Begäran', fi: 'Pyyntö', en: 'Request' },
  'nominationRound.instructions': { sv: 'Anvisningar', fi: 'Ohjeet', en: 'Instructions' },
  'nominationRound.instructions.description': {
    sv: 'Vad organisationen ombeds göra; visas på nomineringssidan och i e-posten.',
    fi: 'Mitä organisaatiota pyydetään tekemään; näytetään nimeämissivulla ja sähköpostissa.',
    en: 'What the organisation is asked to do; shown on the nomination page and in the mail.',
  },
  'nominationRound.deadline': { sv: 'Sista dag', fi: 'Määräaika', en: 'Deadline' },
  'nominationRound.term': { sv: 'Mandatperiod', fi: 'Toimikausi', en: 'Term' },
  'nominationRound.askBothGenders': {
    sv: 'Be om både en kvinna och en man för varje plats',
    fi: 'Pyydä jokaiselle paikalle sekä nainen että mies',
    en: 'Ask for both a woman and a man for each seat',
  },
  'nominationRound.askBothGenders.description': {
    sv: 'Rekommenderas (jfr jämställdhetslagen 609/1986, 4 a §): fördelningen på 40 % visas för ledamöter och ersättare.',
    fi: 'Suositeltava (vrt. tasa-arvolaki 609/1986, 4 a §): 40 prosentin tasapaino näytetään jäsenille ja varajäsenille.',
    en: 'Recommended (cf. the Equality Act 609/1986, 4 a §): the 40 % balance is shown for members and deputies.',
  },
  'nominationRound.isExample.description': {
    sv: 'Demoinnehåll: skickas aldrig till organisationerna.',
    fi: 'Esittelysisältöä: ei koskaan lähetetä organisaatioille.',
    en: 'Demo content: never sent to the organisations.',
  },
  'nominationRound.organizations': {
    sv: 'Tillfrågade organisationer',
    fi: 'Pyynnön saavat organisaatiot',
    en: 'Addressed organisations',
  },
  'seats.title': {
    sv: 'Platser per organisation',
    fi: 'Paikat organisaatiota kohden',
    en: 'Seats per organisation',
  },
  'seats.members': { sv: 'Ledamöter', fi: 'Jäsenet', en: 'Members' },
  'seats.deputies': { sv: 'Ersättare', fi: 'Varajäsenet', en: 'Deputies' },
  'organization.title': { sv: 'Organisation', fi: 'Organisaatio', en: 'Organisation' },
  'organization.name': { sv: 'Namn', fi: 'Nimi', en: 'Name' },
  'organization.name.description': {
    sv: 'Det officiella namnet på svenska och finska (samma på båda om det bara finns ett).',
    fi: 'Virallinen nimi ruotsiksi ja suomeksi (sama molemmissa, jos nimiä on vain yksi).',
    en: 'The official name in Swedish and Finnish (the same in both if it has only one).',
  },
  'organization.shortName': { sv: 'Kortnamn', fi: 'Lyhenne', en: 'Short name' },
  'organization.shortName.description': {
    sv: 'Valfri förkortning för listor och exporter.',
    fi: 'Valinnainen lyhenne luetteloihin ja vienteihin.',
    en: 'Optional abbreviation for lists and exports.',
  },
  'organization.languageStatus': { sv: 'Språklig status', fi: 'Kielellinen asema', en: 'Language status' },
  'organization.majorityLanguage': { sv: 'Majoritetsspråk', fi: 'Enemmistön kieli', en: 'Majority language' },
  'organization.majorityLanguage.description': {
    sv: 'E-post till organisationen skrivs på detta språk om inte kontakten har valt ett annat.',
    fi: 'Organisaatiolle kirjoitetaan tällä kielellä, ellei yhteyshenkilö ole valinnut toista.',
    en: 'Mail to the organisation is written in this language unless its contact chose another.',
  },
  'organization.website': { sv: 'Webbplats', fi: 'Verkkosivusto', en: 'Website' },
  'option.organizationKind.municipality': { sv: 'Kommun', fi: 'Kunta', en: 'Municipality' },
  'option.organizationKind.welfareArea': { sv: 'Välfärdsområde', fi: 'Hyvinvointialue', en: 'Welfare area' },
  'option.organizationKind.association': { sv: 'Förening', fi: 'Yhdistys', en: 'Association' },
  'option.organizationKind.company': { sv: 'Företag', fi: 'Yritys', en: 'Company' },
  'option.organizationKind.authority': { sv: 'Myndighet', fi: 'Viranomainen', en: 'Authority' },
  'option.organizationKind.education': { sv: 'Läroanstalt', fi: 'Oppilaitos', en: 'Educational institution' },
  'option.languageStatus.bilingualFi': {
    sv: 'Tvåspråkig, finskspråkig majoritet',
    fi: 'Kaksikielinen, suomenkielinen enemmistö',
    en: 'Bilingual, Finnish majority',
  },
  'option.languageStatus.bilingualSv': {
    sv: 'Tvåspråkig, svenskspråkig majoritet',
    fi: 'Kaksikielinen, ruotsinkielinen enemmistö',
    en: 'Bilingual, Swedish majority',
  },
  'option.languageStatus.finnish': { sv: 'Finskspråkig', fi: 'Suomenkielinen', en: 'Finnish-speaking' },
  'option.languageStatus.swedish': { sv: 'Svenskspråkig', fi: 'Ruotsinkielinen', en: 'Swedish-speaking' },
  'nominationContact.title': {
    sv: 'Kontakt för nomineringar',
    fi: 'Nimeämisten yhteystieto',
    en: 'Nomination contact',
  },
  'nominationContact.name': { sv: 'Namn eller roll', fi: 'Nimi tai rooli', en: 'Name or role' },
  'nominationContact.name.description': {
    sv: 'Vem som hanterar nomineringar, t.ex. "Registratorskontoret" eller en namngiven kontaktperson.',
    fi: 'Kuka käsittelee nimeämiset, esim. "Kirjaamo" tai nimetty yhteyshenkilö.',
    en: 'Who handles nominations, e.g. "Registry office" or a named contact person.',
  },
  'nominationContact.email.description': {
    sv: 'En funktionsadress är bäst, t.ex. registrator@example.org; adressens format kontrolleras.',
    fi: 'Paras on yhteinen osoite, esim. kirjaamo@example.org; osoitteen muoto tarkistetaan.',
    en: 'A role address is best, e.g. registry@example.org; the address format is checked.',
  },
  'nominationContact.language': { sv: 'E-postens språk', fi: 'Sähköpostin kieli', en: 'Mail language' },
  'nominationContact.language.description': {
    sv: 'Lämna tomt för att skriva på organisationens majoritetsspråk.',
    fi: 'Jätä tyhjäksi, jos viestit kirjoitetaan organisaation enemmistön kielellä.',
    en: "Leave empty to write in the organisation's majority language.",
  },

  // Information packages
  'informationPackage.title': { sv: 'Informationspaket', fi: 'Tietopaketti', en: 'Information package' },
  'informationPackage.group.sections': {
    sv: 'Kapitel (ren text)',
    fi: 'Luvut (pelkkä teksti)',
    en: 'Sections (plain text)',
  },
  'informationPackage.audience': { sv: 'Målgrupp', fi: 'Kohderyhmä', en: 'Audience' },
  'informationPackage.audience.description': {
    sv: 'Vem paketet är till för, t.ex. "Nya förtroendevalda".',
    fi: 'Kenelle paketti on tarkoitettu, esim. "Uudet luottamushenkilöt".',
    en: 'Who the package is for, e.g. "Newly elected officials".',
  },
  'informationPackage.relatedEvent': {
    sv: 'Presenterat vid',
    fi: 'Esitelty tilaisuudessa',
    en: 'Presented at',
  },
  'informationPackage.body.description': {
    sv: 'Paketets innehåll som formaterad text: kapitel med rubriker, listor, länkar till kurser, bilder och filer.',
    fi: 'Paketin sisältö muotoiltuna tekstinä: lukuja otsikoineen, luetteloita, linkkejä kursseihin, kuvia ja tiedostoja.',
    en: 'The package as rich text: chapters with headings, lists, links to courses, images and files.',
  },
  'informationPackage.sections': { sv: 'Kapitel', fi: 'Luvut', en: 'Sections' },
  'informationPackage.sections.description': {
    sv: 'Paketets kapitel som ren text, som webbplatsen visar i dag. Innehållet (formaterad text) ersätter dem när webbplatsen visar det.',
    fi: 'Paketin luvut pelkkänä tekstinä, jonka sivusto näyttää nyt. Sisältö (muotoiltu teksti) korvaa ne, kun sivusto näyttää sen.',
    en: "The package's chapters as plain text, which the site shows today. The content (rich text) replaces them once the site shows it.",
  },
  'informationPackage.resources': {
    sv: 'Kurser och material',
    fi: 'Kurssit ja materiaali',
    en: 'Courses and material',
  },
  'packageSection.title': { sv: 'Kapitel', fi: 'Luku', en: 'Section' },
  'packageSection.heading': { sv: 'Rubrik', fi: 'Otsikko', en: 'Heading' },
  'packageSection.body.description': {
    sv: 'Kapitlets text utan formatering, som webbplatsen visar i dag.',
    fi: 'Luvun teksti ilman muotoiluja; sivusto näyttää sen nyt.',
    en: "The chapter's text without formatting, which the site shows today.",
  },
  'learningResource.title': { sv: 'Kurs eller material', fi: 'Kurssi tai aineisto', en: 'Resource' },
  'learningResource.provider': { sv: 'Utgivare', fi: 'Julkaisija', en: 'Provider' },
  'learningResource.provider.description': {
    sv: 'Vem som ger ut den, t.ex. eOppiva.',
    fi: 'Kuka sen julkaisee, esim. eOppiva.',
    en: 'Who publishes it, e.g. eOppiva.',
  },
  'learningResource.language': {
    sv: 'Resursens språk',
    fi: 'Aineiston kieli',
    en: 'Language of the resource',
  },
  'learningResource.format': { sv: 'Format', fi: 'Muoto', en: 'Format' },
  'option.resourceFormat.course': { sv: 'Webbkurs', fi: 'Verkkokurssi', en: 'Online course' },
  'option.resourceFormat.video': { sv: 'Video', fi: 'Video', en: 'Video' },
  'option.resourceFormat.document': { sv: 'Dokument', fi: 'Asiakirja', en: 'Document' },
  'option.resourceFormat.web': { sv: 'Webbsida', fi: 'Verkkosivu', en: 'Web page' },

  // The methods toolbox
  'method.title': { sv: 'Metod', fi: 'Menetelmä', en: 'Method' },
  'method.group.material': {
    sv: 'Material och kontakt',
    fi: 'Materiaali ja yhteystiedot',
    en: 'Material and contact',
  },
  'method.summary.description': {
    sv: 'Två–tre meningar om vad metoden är och vad den ger, för listan i metodbanken.',
    fi: 'Kaksi tai kolme virkettä siitä, mikä menetelmä on ja mitä se tuottaa, työkalupakin luetteloon.',
    en: 'Two or three sentences on what the method is and what it achieves, for the toolbox list.',
  },
  'method.targetGroup': { sv: 'Målgrupp', fi: 'Kohderyhmä', en: 'Target group' },
  'method.targetGroup.description': {
    sv: 'Vem metoden passar, t.ex. "Chefer och HR i kommuner".',
    fi: 'Kenelle menetelmä sopii, esim. "Kuntien esihenkilöt ja HR".',
    en: 'Who the method suits, e.g. "Managers and HR in municipalities".',
  },
  'method.focusAreas.description': {
    sv: 'Verksamhetsplanens tyngdpunkter som metoden stöder.',
    fi: 'Toimintasuunnitelman painopisteet, joita menetelmä tukee.',
    en: 'The focus areas of the activity plan the method supports.',
  },
  'method.duration': { sv: 'Tidsåtgång', fi: 'Kesto', en: 'Duration' },
  'method.duration.description': {
    sv: 'T.ex. "En träff på två timmar" eller "Ett halvår".',
    fi: 'Esim. "Yksi kahden tunnin tapaaminen" tai "Puoli vuotta".',
    en: 'E.g. "One two-hour meeting" or "Six months".',
  },
  'method.isExample.description': {
    sv: 'Demoinnehåll: en metod beskriven utifrån ett annat nätverks arbete, visas med märket "Exempel".',
    fi: 'Esittelysisältöä: toisen verkoston käytännöstä kuvattu menetelmä, näytetään merkinnällä "Esimerkki".',
    en: 'Demo content: a method described from another network\'s practice, shown with an "Example" marker.',
  },
  'method.body.description': {
    sv: 'Hur metoden går till, steg för steg, med rubriker, listor, länkar, bilder och filer.',
    fi: 'Miten menetelmää käytetään vaihe vaiheelta: otsikot, luettelot, linkit, kuvat ja tiedostot.',
    en: 'How the method works, step by step, with headings, lists, links, images and files.',
  },
  'method.links': { sv: 'Länkar', fi: 'Linkit', en: 'Links' },
  'method.contact.description': {
    sv: 'Vem man kan fråga om metoden.',
    fi: 'Keneltä menetelmästä voi kysyä.',
    en: 'Who to ask about the method.',
  },
  'contactPoint.title': { sv: 'Kontakt', fi: 'Yhteystieto', en: 'Contact' },
  'contactPoint.role': { sv: 'Roll', fi: 'Rooli', en: 'Role' },
  'contactPoint.role.description': {
    sv: 'T.ex. "Nätverkets samordnare". Ingen persons namn behövs.',
    fi: 'Esim. "Verkoston koordinaattori". Henkilön nimeä ei tarvita.',
    en: 'E.g. "The network\'s coordinator". No person\'s name is needed.',
  },
  'contactPoint.email.description': {
    sv: 'En funktionsadress är bäst, t.ex. natverket@example.org.',
    fi: 'Paras on yhteinen osoite, esim. natverket@example.org.',
    en: 'A role address is best, e.g. natverket@example.org.',
  },

  // Rich text, images and files
  'richText.title': { sv: 'Formaterad text', fi: 'Muotoiltu teksti', en: 'Rich text' },
  'richText.style.normal': { sv: 'Normal', fi: 'Normaali', en: 'Normal' },
  'richText.style.h2': { sv: 'Rubrik 2', fi: 'Otsikko 2', en: 'Heading 2' },
  'richText.style.h3': { sv: 'Rubrik 3', fi: 'Otsikko 3', en: 'Heading 3' },
  'richText.style.h4': { sv: 'Rubrik 4', fi: 'Otsikko 4', en: 'Heading 4' },
  'richText.list.bullet': { sv: 'Punktlista', fi: 'Luettelo', en: 'Bulleted list' },
  'richText.list.number': { sv: 'Numrerad lista', fi: 'Numeroitu luettelo', en: 'Numbered list' },
  'richText.decorator.strong': { sv: 'Fet', fi: 'Lihavointi', en: 'Strong' },
  'richText.decorator.em': { sv: 'Kursiv', fi: 'Kursivointi', en: 'Emphasis' },
  'richText.link.href': { sv: 'Adress', fi: 'Osoite', en: 'Address' },
  'richText.link.href.description': {
    sv: 'En webbadress (https://…) eller en e-postadress (mailto:namn@example.org).',
    fi: 'Verkko-osoite (https://…) tai sähköpostiosoite (mailto:nimi@example.org).',
    en: 'A web address (https://…) or an email address (mailto:name@example.org).',
  },
  'richText.internalLink': { sv: 'Intern länk', fi: 'Sisäinen linkki', en: 'Internal link' },
  'richText.internalLink.reference': { sv: 'Sida', fi: 'Sivu', en: 'Page' },
  'richText.internalLink.reference.description': {
    sv: 'Ett evenemang, en kampanj, ett informationspaket eller en metod på webbplatsen.',
    fi: 'Sivuston tapahtuma, kampanja, tietopaketti tai menetelmä.',
    en: 'An event, campaign, information package or method on the site.',
  },
  'figure.alt': { sv: 'Alternativtext', fi: 'Vaihtoehtoinen teksti', en: 'Alt text' },
  'figure.alt.description': {
    sv: 'Beskriv vad bilden visar för den som inte ser den (skärmläsare). Svenska och finska behövs.',
    fi: 'Kuvaile, mitä kuvassa näkyy, niille jotka eivät näe sitä (ruudunlukijat). Ruotsi ja suomi tarvitaan.',
    en: 'Describe what the image shows for people who cannot see it (screen readers). Swedish and Finnish are needed.',
  },
  'figure.caption': { sv: 'Bildtext', fi: 'Kuvateksti', en: 'Caption' },
  'attachment.title': { sv: 'Fil', fi: 'Tiedosto', en: 'File' },
  'attachment.fileTitle.description': {
    sv: 'Visas som länktext. Webbplatsen lägger själv till filtyp och storlek: "Checklista (PDF, 2,6 kB)".',
    fi: 'Näytetään linkkitekstinä. Sivusto lisää tiedostotyypin ja koon itse: "Tarkistuslista (PDF, 2,6 kt)".',
    en: 'Shown as the link text. The site adds the file type and size itself: "Checklist (PDF, 2.6 kB)".',
  },

  // Settings
  'settings.title': { sv: 'Inställningar', fi: 'Asetukset', en: 'Settings' },
  'settings.group.network': { sv: 'Nätverket', fi: 'Verkosto', en: 'Network' },
  'settings.group.privacy': {
    sv: 'Dataskydd och tillgänglighet',
    fi: 'Tietosuoja ja saavutettavuus',
    en: 'Privacy and accessibility',
  },
  'settings.networkName': { sv: 'Nätverkets namn', fi: 'Verkoston nimi', en: 'Name of the network' },
  'settings.region': { sv: 'Region', fi: 'Alue', en: 'Region' },
  'settings.languages': { sv: 'Erbjudna språk', fi: 'Tarjotut kielet', en: 'Languages offered' },
  'settings.languages.description': {
    sv: 'Språken på de offentliga sidorna, i formulären och i e-posten.',
    fi: 'Julkisten sivujen, lomakkeiden ja sähköpostien kielet.',
    en: 'Languages of the public pages, forms and mail.',
  },
  'settings.language': { sv: 'Språk', fi: 'Kieli', en: 'Language' },
  'settings.group.identity': { sv: 'Identitet', fi: 'Ilme', en: 'Identity' },
  'settings.tagline': { sv: 'Startsidans rubrik', fi: 'Etusivun otsikko', en: 'Heading of the home page' },
  'settings.tagline.description': {
    sv: 'En rad om vad nätverket finns till för, t.ex. "Tillsammans för jämställdhet i Österbotten".',
    fi: 'Yksi rivi siitä, mitä varten verkosto on, esim. "Yhdessä tasa-arvon puolesta Pohjanmaalla".',
    en: 'One line saying what the network is for, e.g. "Together for equality in Ostrobothnia".',
  },
  'settings.introduction': { sv: 'Introduktion', fi: 'Esittely', en: 'Introduction' },
  'settings.introduction.description': {
    sv: 'Några meningar på startsidan under rubriken. En tom rad börjar ett nytt stycke.',
    fi: 'Muutama lause etusivulla otsikon alla. Tyhjä rivi aloittaa uuden kappaleen.',
    en: 'A few sentences on the home page under the heading. A blank line starts a new paragraph.',
  },
  'settings.logo': { sv: 'Logotyp (SVG)', fi: 'Logo (SVG)', en: 'Logo (SVG)' },
  'settings.logo.description': {
    sv: 'Logotypen som SVG-kod (öppna .svg-filen i en textredigerare och klistra in innehållet). Den visas bredvid namnet i sidhuvudet och ska synas väl mot en vit kvadrat. Inga skript, länkar eller externa bilder.',
    fi: 'Logo SVG-koodina (avaa .svg-tiedosto tekstieditorissa ja liitä sen sisältö). Se näkyy nimen vieressä sivun ylälaidassa, ja sen pitää erottua hyvin valkoista neliötä vasten. Ei skriptejä, linkkejä eikä ulkoisia kuvia.',
    en: 'The logo as SVG markup (open the .svg file in a text editor and paste its content). Shown beside the name in the header; it should read well on a white square. No scripts, links or external images.',
  },
  'settings.brandColour': { sv: 'Profilfärg', fi: 'Tunnusväri', en: 'Brand colour' },
  'settings.brandColour.description': {
    sv: 'Färgen på sidhuvudet, knapparna och länkarna, som #rrggbb. Vit text ska gå att läsa mot den (kontrast minst 4,5:1, WCAG 2.1 AA): ljusa färger godkänns inte.',
    fi: 'Sivun ylälaidan, painikkeiden ja linkkien väri muodossa #rrggbb. Valkoisen tekstin on oltava luettavaa sitä vasten (kontrasti vähintään 4,5:1, WCAG 2.1 AA): vaaleita värejä ei hyväksytä.',
    en: 'The colour of the header, buttons and links, as #rrggbb. White text must be readable on it (a contrast of at least 4.5:1, WCAG 2.1 AA): light colours are refused.',
  },
  'settings.group.mail': { sv: 'E-post', fi: 'Sähköposti', en: 'Mail' },
  'settings.mailBudget': {
    sv: 'E-postbudget per adress',
    fi: 'Sähköpostikiintiö osoitetta kohden',
    en: 'Mail budget per address',
  },
  'settings.mailBudget.description': {
    sv: 'Högst så här många e-postmeddelanden går till en och samma adress, så att ingen kan använda formulären för att översvämma någon annan. Tomt: 3 per tio minuter, 20 per dygn.',
    fi: 'Samaan osoitteeseen lähtee enintään näin monta viestiä, jotta kukaan ei voi käyttää lomakkeita toisen postilaatikon täyttämiseen. Tyhjä: 3 kymmenessä minuutissa, 20 vuorokaudessa.',
    en: 'At most this many mails go to one address, so nobody can use the forms to flood someone else. Empty: 3 per ten minutes, 20 per day.',
  },
  'settings.mailBudget.perTenMinutes': {
    sv: 'Meddelanden per tio minuter',
    fi: 'Viestejä kymmenessä minuutissa',
    en: 'Mails per ten minutes',
  },
  'settings.mailBudget.perDay': {
    sv: 'Meddelanden per dygn',
    fi: 'Viestejä vuorokaudessa',
    en: 'Mails per day',
  },
  'settings.reminderHoursBefore': {
    sv: 'Påminnelse till de anmälda: timmar före start',
    fi: 'Muistutus ilmoittautuneille: tuntia ennen alkua',
    en: 'Reminder to registrants: hours before the start',
  },
  'settings.reminderHoursBefore.description': {
    sv: 'Så många timmar före ett evenemang får varje bekräftad deltagare en påminnelse med tid, plats och kalenderfil. Tomt: 24.',
    fi: 'Näin monta tuntia ennen tilaisuutta jokainen vahvistettu osallistuja saa muistutuksen, jossa on aika, paikka ja kalenteritiedosto. Tyhjä: 24.',
    en: 'This many hours before an event every confirmed participant gets a reminder with the time, place and calendar file. Empty: 24.',
  },
  'settings.contactEmail': {
    sv: 'E-post för kontakt',
    fi: 'Yhteydenottojen sähköposti',
    en: 'Contact email',
  },
  'settings.contactEmail.description': {
    sv: 'Visas på de offentliga sidorna och används som svarsadress i e-post.',
    fi: 'Näytetään julkisilla sivuilla ja käytetään sähköpostien vastausosoitteena.',
    en: 'Shown on the public pages and used as the reply address of mail.',
  },
  'settings.publicBaseUrl': { sv: 'Webbplatsens adress', fi: 'Sivuston osoite', en: 'Site address' },
  'settings.publicBaseUrl.description': {
    sv: 'Adressen till den offentliga webbplatsen, t.ex. https://natverket.example.org. "Öppna på webbplatsen" använder den; tomt betyder http://localhost:3000.',
    fi: 'Julkisen sivuston osoite, esim. https://natverket.example.org. "Avaa sivustolla" käyttää sitä; tyhjänä käytetään osoitetta http://localhost:3000.',
    en: 'The address of the public site, e.g. https://natverket.example.org. "Open on the site" uses it; empty means http://localhost:3000.',
  },
  'settings.privacyNotice': { sv: 'Dataskyddsbeskrivning', fi: 'Tietosuojaseloste', en: 'Privacy notice' },
  'settings.accessibilityStatement': {
    sv: 'Tillgänglighetsutlåtande',
    fi: 'Saavutettavuusseloste',
    en: 'Accessibility statement',
  },
  'settings.retention': {
    sv: 'Lagringstid för personuppgifter',
    fi: 'Henkilötietojen säilytysaika',
    en: 'Retention of personal data',
  },
  'retentionPolicy.title': { sv: 'Lagringstid', fi: 'Säilytysaika', en: 'Retention' },
  'retentionPolicy.registrationDays': {
    sv: 'Anmälningar till evenemang: dagar efter evenemanget',
    fi: 'Ilmoittautumiset tapahtumiin: päiviä tapahtuman jälkeen',
    en: 'Event registrations: days after the event',
  },
  'retentionPolicy.registrationDays.description': {
    sv: 'Uppgifter om specialkost och tillgänglighet raderas ändå genast efter evenemanget.',
    fi: 'Ruokavalio- ja saavutettavuustiedot poistetaan joka tapauksessa heti tapahtuman jälkeen.',
    en: 'Dietary and accessibility needs are deleted right after the event regardless.',
  },
  'retentionPolicy.applicationDays': {
    sv: 'Kampanjansökningar: dagar efter att kampanjen stängt',
    fi: 'Kampanjahakemukset: päiviä kampanjan päättymisen jälkeen',
    en: 'Campaign applications: days after the campaign closes',
  },
  'retentionPolicy.seatHoldHours': {
    sv: 'Obekräftade platser: timmar de hålls',
    fi: 'Vahvistamattomat paikat: montako tuntia niitä pidetään',
    en: 'Unconfirmed seats: hours they are held',
  },
  'retentionPolicy.seatHoldHours.description': {
    sv: 'För evenemang med bekräftelse via e-post: så länge hålls platsen innan den går till nästa i kön.',
    fi: 'Tapahtumissa, joissa ilmoittautuminen vahvistetaan sähköpostilla: näin kauan paikkaa pidetään, ennen kuin se siirtyy jonossa seuraavalle.',
    en: 'For events that ask for confirmation by email: how long a seat is held before it goes to the next person in line.',
  },
  'retentionPolicy.membershipInactiveDays': {
    sv: 'Medlemskap i nätverket: dagar av inaktivitet före borttagning',
    fi: 'Verkoston jäsenyydet: passiivisia päiviä ennen poistoa',
    en: 'Network memberships: days of inactivity before removal',
  },
  'retentionPolicy.membershipInactiveDays.description': {
    sv: 'Lämna tomt för att behålla medlemskapet tills personen lämnar nätverket.',
    fi: 'Jätä tyhjäksi, jos jäsenyys säilyy, kunnes henkilö eroaa verkostosta.',
    en: 'Leave empty to keep a membership until the person leaves the network.',
  },
  'dateRange.start': { sv: 'Början', fi: 'Alku', en: 'Start' },
  'dateRange.end': { sv: 'Slut', fi: 'Loppu', en: 'End' },

  // Desk structure
  'structure.activityPlan': { sv: 'Verksamhetsplan', fi: 'Toimintasuunnitelma', en: 'Activity plan' },
  'structure.actions': { sv: 'Åtgärder', fi: 'Toimenpiteet', en: 'Actions' },
  'structure.actionsByFocusArea': {
    sv: 'Åtgärder per tyngdpunkt',
    fi: 'Toimenpiteet painopisteittäin',
    en: 'Actions by focus area',
  },
  'structure.events': { sv: 'Evenemang', fi: 'Tapahtumat', en: 'Events' },
  'structure.events.upcoming': { sv: 'Kommande', fi: 'Tulevat', en: 'Upcoming' },
  'structure.events.upcomingList': {
    sv: 'Kommande evenemang',
    fi: 'Tulevat tapahtumat',
    en: 'Upcoming events',
  },
  'structure.events.past': { sv: 'Tidigare', fi: 'Menneet', en: 'Past' },
  'structure.events.pastList': { sv: 'Tidigare evenemang', fi: 'Menneet tapahtumat', en: 'Past events' },
  'structure.events.all': { sv: 'Alla evenemang', fi: 'Kaikki tapahtumat', en: 'All events' },
  'structure.campaigns': { sv: 'Kampanjer', fi: 'Kampanjat', en: 'Campaigns' },
  'structure.nominationRounds': {
    sv: 'Nomineringsomgångar',
    fi: 'Nimeämiskierrokset',
    en: 'Nomination rounds',
  },
  'structure.informationPackages': {
    sv: 'Informationspaket',
    fi: 'Tietopaketit',
    en: 'Information packages',
  },
  'structure.methods': { sv: 'Metodbank', fi: 'Työkalupakki', en: 'Methods toolbox' },
  'structure.methods.all': { sv: 'Alla metoder', fi: 'Kaikki menetelmät', en: 'All methods' },
  'structure.methodsByFocusArea': {
    sv: 'Metoder per tyngdpunkt',
    fi: 'Menetelmät painopisteittäin',
    en: 'Methods by focus area',
  },
  'structure.organizations.nominating': {
    sv: 'Kommuner och välfärdsområdet',
    fi: 'Kunnat ja hyvinvointialue',
    en: 'Municipalities and welfare area',
  },
  'structure.organizations.all': {
    sv: 'Alla organisationer',
    fi: 'Kaikki organisaatiot',
    en: 'All organisations',
  },
  'ordering.updatedDesc': {
    sv: 'Senast ändrad först',
    fi: 'Viimeksi muokattu ensin',
    en: 'Last edited first',
  },
  'ordering.manual': { sv: 'Egen ordning', fi: 'Oma järjestys', en: 'Manual order' },
  'ordering.yearDesc': { sv: 'År, nyaste först', fi: 'Vuosi, uusin ensin', en: 'Year, newest first' },
  'ordering.startsAtDesc': {
    sv: 'Start, senaste först',
    fi: 'Alkamisaika, uusin ensin',
    en: 'Start, newest first',
  },
  'ordering.startsAtAsc': {
    sv: 'Start, äldsta först',
    fi: 'Alkamisaika, vanhin ensin',
    en: 'Start, oldest first',
  },
  'ordering.deadlineDesc': {
    sv: 'Sista dag, senaste först',
    fi: 'Määräaika, myöhäisin ensin',
    en: 'Deadline, latest first',
  },

  // Previews in lists
  'preview.example': { sv: 'Exempel', fi: 'Esimerkki', en: 'Example' },
  'preview.closes': { sv: 'stänger {date}', fi: 'päättyy {date}', en: 'closes {date}' },
  'preview.deadline': { sv: 'sista dag {date}', fi: 'määräaika {date}', en: 'deadline {date}' },
  'preview.organizations': {
    sv: '{count} organisationer',
    fi: '{count} organisaatiota',
    en: '{count} organisations',
  },
  'preview.criterion': {
    sv: '{key} · vikt {weight}',
    fi: '{key} · painoarvo {weight}',
    en: '{key} · weight {weight}',
  },
  'preview.required': { sv: 'obligatorisk', fi: 'pakollinen', en: 'required' },
  'preview.retention': {
    sv: 'Anmälningar {registrationDays} d, ansökningar {applicationDays} d',
    fi: 'Ilmoittautumiset {registrationDays} pv, hakemukset {applicationDays} pv',
    en: 'Registrations {registrationDays} d, applications {applicationDays} d',
  },
  'preview.seats': {
    sv: 'Ledamöter {members}, ersättare {deputies}',
    fi: 'Jäseniä {members}, varajäseniä {deputies}',
    en: 'Members {members}, deputies {deputies}',
  },
  'preview.untitled.action': { sv: 'Åtgärd utan titel', fi: 'Nimetön toimenpide', en: 'Untitled action' },
  'preview.untitled.campaign': { sv: 'Kampanj utan titel', fi: 'Nimetön kampanja', en: 'Untitled campaign' },
  'preview.untitled.event': { sv: 'Evenemang utan titel', fi: 'Nimetön tapahtuma', en: 'Untitled event' },
  'preview.untitled.focusArea': {
    sv: 'Tyngdpunkt utan titel',
    fi: 'Nimetön painopiste',
    en: 'Untitled focus area',
  },
  'preview.untitled.informationPackage': {
    sv: 'Informationspaket utan titel',
    fi: 'Nimetön tietopaketti',
    en: 'Untitled information package',
  },
  'preview.untitled.method': { sv: 'Metod utan titel', fi: 'Nimetön menetelmä', en: 'Untitled method' },
  'preview.untitled.nominationRound': {
    sv: 'Nomineringsomgång utan titel',
    fi: 'Nimetön nimeämiskierros',
    en: 'Untitled nomination round',
  },
  'preview.untitled.organization': {
    sv: 'Organisation utan namn',
    fi: 'Nimetön organisaatio',
    en: 'Unnamed organisation',
  },

  // Document actions
  'documentAction.openOnSite': { sv: 'Öppna på webbplatsen', fi: 'Avaa sivustolla', en: 'Open on the site' },
  'documentAction.openOnSite.unpublished': {
    sv: 'Publicera först: webbplatsen visar bara publicerat innehåll.',
    fi: 'Julkaise ensin: sivusto näyttää vain julkaistun sisällön.',
    en: 'Publish first: the site shows published content only.',
  },
  'documentAction.openOnSite.noSlug': {
    sv: 'Dokumentet har ingen webbadress (slug) ännu: skapa en från titeln och publicera.',
    fi: 'Dokumentilla ei ole vielä verkko-osoitetta (slug): luo se otsikosta ja julkaise.',
    en: 'The document has no slug yet: generate one from the title and publish.',
  },

  // Validation: localised text
  'validation.languages.noLanguage': {
    sv: 'Översättningen saknar språk: ta bort den och lägg till den på nytt.',
    fi: 'Käännökseltä puuttuu kieli: poista se ja lisää se uudelleen.',
    en: 'This translation has no language: remove it and add it again.',
  },
  'validation.languages.unknown': {
    sv: '"{language}" är inte ett språk på den här webbplatsen ({languages}): ta bort översättningen.',
    fi: '"{language}" ei ole tämän sivuston kieli ({languages}): poista käännös.',
    en: '"{language}" is not a language of this site ({languages}): remove this translation.',
  },
  'validation.languages.twice': {
    sv: 'Språket {language} finns två gånger: behåll ett.',
    fi: 'Kieli {language} on annettu kahdesti: säilytä yksi.',
    en: '{language} is given twice: keep one.',
  },
  'validation.languages.missingOne': {
    sv: 'Texten saknas på {missing}: offentlig text ska finnas på {required}.',
    fi: 'Puuttuu: {missing}. Julkinen teksti tarvitaan kielillä {required}.',
    en: '{missing} is missing: public text needs {required}.',
  },
  'validation.languages.missingMany': {
    sv: 'Texten saknas på {missing}: offentlig text ska finnas på {required}.',
    fi: 'Puuttuvat: {missing}. Julkinen teksti tarvitaan kielillä {required}.',
    en: '{missing} are missing: public text needs {required}.',
  },
  'validation.languages.missingOneOptional': {
    sv: 'Texten saknas på {missing}: när texten ges ska den finnas på {required}.',
    fi: 'Puuttuu: {missing}. Kun teksti annetaan, se tarvitaan kielillä {required}.',
    en: '{missing} is missing: when this text is given, it needs {required}.',
  },
  'validation.languages.missingManyOptional': {
    sv: 'Texten saknas på {missing}: när texten ges ska den finnas på {required}.',
    fi: 'Puuttuvat: {missing}. Kun teksti annetaan, se tarvitaan kielillä {required}.',
    en: '{missing} are missing: when this text is given, it needs {required}.',
  },

  // Validation: links, keys, slugs, numbers
  'validation.https': {
    sv: 'Använd en fullständig, säker länk som börjar med https://, t.ex. https://www.example.org/sida.',
    fi: 'Käytä kokonaista, suojattua linkkiä, joka alkaa https://, esim. https://www.example.org/sivu.',
    en: 'Use a full, secure link that starts with https://, e.g. https://www.example.org/page.',
  },
  'validation.link.missing': {
    sv: 'Ange adressen som länken går till.',
    fi: 'Anna osoite, johon linkki vie.',
    en: 'Give the address the link goes to.',
  },
  'validation.link.scheme': {
    sv: 'Använd en fullständig adress som börjar med https://, http:// eller mailto:, t.ex. https://www.example.org/sida.',
    fi: 'Käytä kokonaista osoitetta, joka alkaa https://, http:// tai mailto:, esim. https://www.example.org/sivu.',
    en: 'Use a full address that starts with https://, http:// or mailto:, e.g. https://www.example.org/page.',
  },
  'validation.internalLink.missing': {
    sv: 'Välj sidan som länken går till.',
    fi: 'Valitse sivu, johon linkki vie.',
    en: 'Choose the page the link goes to.',
  },
  'validation.webLink.missing': {
    sv: 'Ange sidans adress, t.ex. https://www.example.org/sida.',
    fi: 'Anna sivun osoite, esim. https://www.example.org/sivu.',
    en: 'Give the address of the page, e.g. https://www.example.org/page.',
  },
  'validation.keyFormat': {
    sv: '"{value}" är inte en giltig nyckel: använd små bokstäver a-z, siffror och enkla bindestreck, t.ex. "equal-pay".',
    fi: '"{value}" ei ole kelvollinen avain: käytä pieniä kirjaimia a-z, numeroita ja yksittäisiä yhdysmerkkejä, esim. "equal-pay".',
    en: '"{value}" is not a valid key: use lowercase letters a-z, digits and single hyphens, e.g. "equal-pay".',
  },
  'validation.slug.missing': {
    sv: 'Webbadressen saknas på {missing}: skapa den från titeln på {required}.',
    fi: 'Verkko-osoite puuttuu: {missing}. Luo se otsikosta kielillä {required}.',
    en: 'The slug is missing in {missing}: generate it from the title in {required}.',
  },
  'validation.slug.format': {
    sv: '"{slug}" kan inte användas i en webbadress: använd små bokstäver a-z, siffror och enkla bindestreck, t.ex. "webbinarium-2027", eller skapa den från titeln.',
    fi: '"{slug}" ei kelpaa verkko-osoitteeseen: käytä pieniä kirjaimia a-z, numeroita ja yksittäisiä yhdysmerkkejä, esim. "webinaari-2027", tai luo se otsikosta.',
    en: '"{slug}" cannot be used in an address: use lowercase letters a-z, digits and single hyphens, e.g. "webinar-2027", or generate it from the title.',
  },
  'validation.slug.generate': {
    sv: 'Skapa webbadressen från titeln (används i länkar).',
    fi: 'Luo verkko-osoite otsikosta (käytetään linkeissä).',
    en: 'Generate a slug from the title (used in links).',
  },

  // Validation: images and files
  'validation.figure.altMissing': {
    sv: 'Alternativtext saknas på {missing}: beskriv bilden för den som inte ser den, på {required}.',
    fi: 'Vaihtoehtoinen teksti puuttuu: {missing}. Kuvaile kuva niille, jotka eivät näe sitä, kielillä {required}.',
    en: 'The alt text is missing in {missing}: describe the image for people who cannot see it, in {required}.',
  },
  'validation.figure.noImage': {
    sv: 'Välj eller ladda upp en bild, eller ta bort den här.',
    fi: 'Valitse tai lataa kuva tai poista tämä.',
    en: 'Choose or upload an image, or remove this one.',
  },
  'validation.attachment.noFile': {
    sv: 'Välj eller ladda upp en fil, eller ta bort den här.',
    fi: 'Valitse tai lataa tiedosto tai poista tämä.',
    en: 'Choose or upload a file, or remove this one.',
  },
  'validation.attachment.format': {
    sv: 'En .{extension}-fil kan inte bifogas: använd {formats}.',
    fi: '.{extension}-tiedostoa ei voi liittää: käytä muotoja {formats}.',
    en: 'A .{extension} file cannot be attached: use {formats}.',
  },

  // Validation: the activity plan
  'validation.action.focusArea': {
    sv: 'Välj tyngdpunkten som åtgärden hör till.',
    fi: 'Valitse painopiste, johon toimenpide kuuluu.',
    en: 'Choose the focus area this action belongs to.',
  },
  'validation.action.period': {
    sv: 'Ange åtgärdens period (start- och slutdatum).',
    fi: 'Anna toimenpiteen ajanjakso (alkamis- ja päättymispäivä).',
    en: 'Give the period of the action (start and end date).',
  },
  'validation.action.status': {
    sv: 'Välj status: planerad, pågår eller klar.',
    fi: 'Valitse tila: suunniteltu, käynnissä tai valmis.',
    en: 'Choose the status: planned, ongoing or done.',
  },
  'validation.action.eventTwice': {
    sv: 'Varje evenemang kan finnas med bara en gång.',
    fi: 'Kukin tapahtuma voi olla listalla vain kerran.',
    en: 'Each event can be listed only once.',
  },
  'validation.action.campaignTwice': {
    sv: 'Varje kampanj kan finnas med bara en gång.',
    fi: 'Kukin kampanja voi olla listalla vain kerran.',
    en: 'Each campaign can be listed only once.',
  },
  'validation.coordinator.notBoth': {
    sv: 'Välj en organisation eller skriv ett namn, inte båda.',
    fi: 'Valitse organisaatio tai kirjoita nimi, ei molempia.',
    en: 'Choose an organisation or write a name, not both.',
  },
  'validation.dateRange.start': {
    sv: 'Ange startdatum.',
    fi: 'Anna alkamispäivä.',
    en: 'Give the start date.',
  },
  'validation.dateRange.end': { sv: 'Ange slutdatum.', fi: 'Anna päättymispäivä.', en: 'Give the end date.' },
  'validation.dateRange.order': {
    sv: 'Slutdatumet kan inte vara före startdatumet.',
    fi: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
    en: 'The end date cannot be before the start date.',
  },

  // Validation: events
  'validation.event.kind': {
    sv: 'Välj typ av evenemang, t.ex. webbinarium.',
    fi: 'Valitse tapahtuman tyyppi, esim. webinaari.',
    en: 'Choose the kind of event, e.g. webinar.',
  },
  'validation.event.startsAt': {
    sv: 'Ange datum och tid då evenemanget börjar.',
    fi: 'Anna alkamispäivä ja -aika.',
    en: 'Give the start date and time.',
  },
  'validation.event.endsAt': {
    sv: 'Ange datum och tid då evenemanget slutar.',
    fi: 'Anna päättymispäivä ja -aika.',
    en: 'Give the end date and time.',
  },
  'validation.event.order': {
    sv: 'Evenemanget måste sluta efter att det har börjat.',
    fi: 'Tapahtuman täytyy päättyä alkamisensa jälkeen.',
    en: 'The event must end after it starts.',
  },
  'validation.event.mode': {
    sv: 'Välj om evenemanget ordnas på plats, på distans eller som hybrid.',
    fi: 'Valitse, järjestetäänkö tapahtuma paikan päällä, verkossa vai hybridinä.',
    en: 'Choose whether the event is on site, online or hybrid.',
  },
  'validation.event.placeOnsite': {
    sv: 'Ett evenemang på plats behöver en plats: ange den på svenska (sv) och finska (fi).',
    fi: 'Paikan päällä järjestettävä tapahtuma tarvitsee paikan: anna se ruotsiksi (sv) ja suomeksi (fi).',
    en: 'An on-site event needs a place: give it in Swedish (sv) and Finnish (fi).',
  },
  'validation.event.placeHybrid': {
    sv: 'Ett hybridevenemang behöver en plats: ange den på svenska (sv) och finska (fi).',
    fi: 'Hybriditapahtuma tarvitsee paikan: anna se ruotsiksi (sv) ja suomeksi (fi).',
    en: 'A hybrid event needs a place: give it in Swedish (sv) and Finnish (fi).',
  },
  'validation.event.linkOnline': {
    sv: 'Ett evenemang på distans behöver en länk (https://...).',
    fi: 'Verkkotapahtuma tarvitsee linkin (https://...).',
    en: 'An online event needs an online link (https://...).',
  },
  'validation.event.linkHybrid': {
    sv: 'Ett hybridevenemang behöver en länk för dem som deltar på distans (https://...).',
    fi: 'Hybriditapahtuma tarvitsee linkin etäosallistujille (https://...).',
    en: 'A hybrid event needs an online link (https://...).',
  },
  'validation.event.capacity': {
    sv: 'Antalet platser måste vara ett heltal, minst {min}.',
    fi: 'Paikkamäärän on oltava kokonaisluku, vähintään {min}.',
    en: 'The capacity must be a whole number of at least {min}.',
  },
  'validation.event.registrationOpensAt': {
    sv: 'Ange när anmälan öppnar.',
    fi: 'Anna ilmoittautumisen alkamisaika.',
    en: 'Give the time registration opens.',
  },
  'validation.event.registrationClosesAt': {
    sv: 'Ange när anmälan stänger.',
    fi: 'Anna ilmoittautumisen päättymisaika.',
    en: 'Give the time registration closes.',
  },
  'validation.event.registrationOrder': {
    sv: 'Anmälan måste öppna innan den stänger.',
    fi: 'Ilmoittautumisen täytyy alkaa ennen kuin se päättyy.',
    en: 'Registration must open before it closes.',
  },
  'validation.event.registrationBeforeEnd': {
    sv: 'Anmälan måste stänga senast när evenemanget slutar.',
    fi: 'Ilmoittautumisen täytyy päättyä viimeistään, kun tapahtuma päättyy.',
    en: 'Registration must close no later than the event ends.',
  },

  // Validation: campaigns and their forms
  'validation.campaign.year': {
    sv: 'Ange prisåret med fyra siffror, t.ex. 2025.',
    fi: 'Anna palkintovuosi neljällä numerolla, esim. 2025.',
    en: 'Give the award year as four digits, e.g. 2025.',
  },
  'validation.campaign.opensAt': {
    sv: 'Ange när ansökan öppnar.',
    fi: 'Anna haun alkamisaika.',
    en: 'Give the time applications open.',
  },
  'validation.campaign.closesAt': {
    sv: 'Ange när ansökan stänger.',
    fi: 'Anna haun päättymisaika.',
    en: 'Give the time applications close.',
  },
  'validation.campaign.order': {
    sv: 'Ansökan måste stänga efter att den har öppnat.',
    fi: 'Haun täytyy päättyä alkamisensa jälkeen.',
    en: 'Applications must close after they open.',
  },
  'validation.campaign.reviewDeadline': {
    sv: 'Tidsgränsen för juryns bedömningar måste vara efter att ansökan stänger.',
    fi: 'Arvioinnin määräajan täytyy olla haun päättymisen jälkeen.',
    en: 'Jury reviews must be due after applications close.',
  },
  'validation.campaign.municipalityTwice': {
    sv: 'Varje kommun kan finnas med bara en gång.',
    fi: 'Kukin kunta voi olla listalla vain kerran.',
    en: 'Each municipality can be listed only once.',
  },
  'validation.campaign.notMunicipality': {
    sv: '{name} är inte en kommun: här kan bara kommuner finnas med.',
    fi: '{name} ei ole kunta: tähän voi valita vain kuntia.',
    en: '{name} is not a municipality: only municipalities can be listed here.',
  },
  'validation.campaign.noCriteria': {
    sv: 'Lägg till minst ett kriterium: juryn bedömer ansökningarna utifrån dem.',
    fi: 'Lisää vähintään yksi kriteeri: tuomaristo pisteyttää hakemukset niiden perusteella.',
    en: 'Add at least one criterion: the jury scores applications against them.',
  },
  'validation.criterion.keyMissing': {
    sv: 'Ge kriteriet en nyckel, t.ex. "equal-pay".',
    fi: 'Anna kriteerille avain, esim. "equal-pay".',
    en: 'Give the criterion a key, e.g. "equal-pay".',
  },
  'validation.criterion.keyTwice': {
    sv: 'Kriterienyckeln "{value}" används mer än en gång: varje kriterienyckel måste vara unik.',
    fi: 'Kriteerin avainta "{value}" käytetään useammin kuin kerran: jokaisen kriteerin avaimen on oltava yksilöllinen.',
    en: 'The criterion key "{value}" is used more than once: each criterion key must be unique.',
  },
  'validation.criterion.weight': {
    sv: 'Vikten måste vara ett tal större än 0.',
    fi: 'Painoarvon on oltava nollaa suurempi luku.',
    en: 'The weight must be a number greater than 0.',
  },
  'validation.question.keyMissing': {
    sv: 'Ge frågan en nyckel, t.ex. "equal-pay-measures".',
    fi: 'Anna kysymykselle avain, esim. "equal-pay-measures".',
    en: 'Give the question a key, e.g. "equal-pay-measures".',
  },
  'validation.question.keyTwice': {
    sv: 'Frågenyckeln "{value}" används mer än en gång: varje frågenyckel måste vara unik.',
    fi: 'Kysymyksen avainta "{value}" käytetään useammin kuin kerran: jokaisen kysymyksen avaimen on oltava yksilöllinen.',
    en: 'The question key "{value}" is used more than once: each question key must be unique.',
  },
  'validation.question.type': {
    sv: 'Välj svarstyp.',
    fi: 'Valitse vastaustyyppi.',
    en: 'Choose the answer type.',
  },
  'validation.question.singleChoiceOptions': {
    sv: 'En fråga med ett val behöver minst två alternativ: lägg till svaren man kan välja mellan.',
    fi: 'Yhden valinnan kysymys tarvitsee vähintään kaksi vaihtoehtoa: lisää vastaukset, joista voi valita.',
    en: 'A single choice question needs at least two options: add the answers people can choose from.',
  },
  'validation.question.multiChoiceOptions': {
    sv: 'En fråga med flera val behöver minst två alternativ: lägg till svaren man kan välja mellan.',
    fi: 'Monivalintakysymys tarvitsee vähintään kaksi vaihtoehtoa: lisää vastaukset, joista voi valita.',
    en: 'A multiple choice question needs at least two options: add the answers people can choose from.',
  },
  'validation.question.optionValueTwice': {
    sv: 'Alternativvärdet "{value}" används mer än en gång: varje alternativvärde måste vara unikt.',
    fi: 'Vaihtoehdon arvoa "{value}" käytetään useammin kuin kerran: jokaisen vaihtoehdon arvon on oltava yksilöllinen.',
    en: 'The option value "{value}" is used more than once: each option value must be unique.',
  },
  'validation.question.noCriteria': {
    sv: 'Inget kriterium har nyckeln "{value}": kampanjen har inga kriterier ännu.',
    fi: 'Millään kriteerillä ei ole avainta "{value}": kampanjalla ei ole vielä kriteerejä.',
    en: 'No criterion has the key "{value}": the campaign has no criteria yet.',
  },
  'validation.question.unknownCriterion': {
    sv: 'Inget kriterium har nyckeln "{value}". Använd någon av: {keys}.',
    fi: 'Millään kriteerillä ei ole avainta "{value}". Käytä jotakin näistä: {keys}.',
    en: 'No criterion has the key "{value}". Use one of: {keys}.',
  },
  'validation.question.maxLength': {
    sv: 'Den maximala längden måste vara ett heltal, minst {min}.',
    fi: 'Enimmäispituuden on oltava kokonaisluku, vähintään {min}.',
    en: 'The maximum length must be a whole number of at least {min}.',
  },
  'validation.option.valueMissing': {
    sv: 'Ge alternativet ett värde, t.ex. "self".',
    fi: 'Anna vaihtoehdolle arvo, esim. "self".',
    en: 'Give the option a value, e.g. "self".',
  },

  // Validation: nomination rounds and organisations
  'validation.round.deadline': {
    sv: 'Ange sista dag för nomineringar.',
    fi: 'Anna nimeämisten määräaika.',
    en: 'Give the deadline for nominations.',
  },
  'validation.round.seats': {
    sv: 'Ange hur många ledamöter och ersättare varje organisation utser.',
    fi: 'Anna, montako jäsentä ja varajäsentä kukin organisaatio nimeää.',
    en: 'Give how many members and deputies each organisation names.',
  },
  'validation.round.term': {
    sv: 'Ange mandatperioden (start- och slutdatum).',
    fi: 'Anna toimikausi (alkamis- ja päättymispäivä).',
    en: 'Give the term of office (start and end date).',
  },
  'validation.round.noOrganizations': {
    sv: 'Rikta omgången till minst en organisation.',
    fi: 'Osoita kierros vähintään yhdelle organisaatiolle.',
    en: 'Address the round to at least one organisation.',
  },
  'validation.round.organizationTwice': {
    sv: 'Varje organisation kan tillfrågas bara en gång.',
    fi: 'Kullekin organisaatiolle voi osoittaa pyynnön vain kerran.',
    en: 'Each organisation can be addressed only once.',
  },
  'validation.seats.members': {
    sv: 'Antalet ledamöter måste vara ett heltal, minst {min}.',
    fi: 'Jäsenten määrän on oltava kokonaisluku, vähintään {min}.',
    en: 'Members must be a whole number of at least {min}.',
  },
  'validation.seats.deputies': {
    sv: 'Antalet ersättare måste vara ett heltal, minst {min}.',
    fi: 'Varajäsenten määrän on oltava kokonaisluku, vähintään {min}.',
    en: 'Deputies must be a whole number of at least {min}.',
  },
  'validation.organization.kind': {
    sv: 'Välj vilken typ av organisation det är.',
    fi: 'Valitse organisaation tyyppi.',
    en: 'Choose what kind of organisation this is.',
  },
  'validation.organization.languageStatus': {
    sv: 'Välj språklig status, t.ex. "Tvåspråkig, svenskspråkig majoritet".',
    fi: 'Valitse kielellinen asema, esim. "Kaksikielinen, ruotsinkielinen enemmistö".',
    en: 'Choose the language status, e.g. "Bilingual, Swedish majority".',
  },
  'validation.organization.majorityLanguage': {
    sv: 'Välj majoritetsspråk: svenska (sv) eller finska (fi).',
    fi: 'Valitse enemmistön kieli: ruotsi (sv) tai suomi (fi).',
    en: 'Choose the majority language: Swedish (sv) or Finnish (fi).',
  },
  'validation.organization.majority': {
    sv: 'Den språkliga statusen är "{status}", så majoritetsspråket ska vara {language}.',
    fi: 'Kielellinen asema on "{status}", joten enemmistön kielen on oltava {language}.',
    en: 'The language status is "{status}", so the majority language must be {language}.',
  },
  'validation.organization.nominationContact': {
    sv: 'Kommuner och välfärdsområdet behöver en kontakt för nomineringar: begäran om nomineringar skickas dit.',
    fi: 'Kunnat ja hyvinvointialue tarvitsevat nimeämisten yhteystiedon: nimeämispyynnöt lähetetään sinne.',
    en: 'Municipalities and the welfare area need a nomination contact: nomination requests are mailed to it.',
  },
  'validation.nominationContact.name': {
    sv: 'Ange kontaktens namn eller roll.',
    fi: 'Anna yhteyshenkilön nimi tai rooli.',
    en: 'Give the name or role of the contact.',
  },
  'validation.nominationContact.email': {
    sv: 'Ange e-postadressen dit begäran om nomineringar skickas.',
    fi: 'Anna sähköpostiosoite, johon nimeämispyynnöt lähetetään.',
    en: 'Give the email address nomination requests are sent to.',
  },

  // Validation: information packages, methods, settings
  'validation.resource.url': {
    sv: 'Ange länken, t.ex. https://www.eoppiva.fi/koulutukset/...',
    fi: 'Anna linkki, esim. https://www.eoppiva.fi/koulutukset/...',
    en: 'Give the link, e.g. https://www.eoppiva.fi/koulutukset/...',
  },
  'validation.resource.provider': {
    sv: 'Ange vem som ger ut resursen, t.ex. eOppiva.',
    fi: 'Kerro, kuka aineiston julkaisee, esim. eOppiva.',
    en: 'Say who provides the resource, e.g. eOppiva.',
  },
  'validation.resource.language': {
    sv: 'Välj vilket språk resursen är på.',
    fi: 'Valitse aineiston kieli.',
    en: 'Choose the language the resource is in.',
  },
  'validation.resource.format': {
    sv: 'Välj resursens format.',
    fi: 'Valitse aineiston muoto.',
    en: 'Choose the format of the resource.',
  },
  'validation.method.focusAreas': {
    sv: 'Välj minst en tyngdpunkt som metoden stöder.',
    fi: 'Valitse vähintään yksi painopiste, jota menetelmä tukee.',
    en: 'Choose at least one focus area the method supports.',
  },
  'validation.method.focusAreaTwice': {
    sv: 'Varje tyngdpunkt kan finnas med bara en gång.',
    fi: 'Kukin painopiste voi olla listalla vain kerran.',
    en: 'Each focus area can be listed only once.',
  },
  'validation.contactPoint.email': {
    sv: 'Ange e-postadressen dit frågor om metoden skickas.',
    fi: 'Anna sähköpostiosoite, johon menetelmää koskevat kysymykset lähetetään.',
    en: 'Give the email address questions about the method go to.',
  },
  'validation.settings.noLanguages': {
    sv: 'Erbjud minst ett språk.',
    fi: 'Tarjoa vähintään yksi kieli.',
    en: 'Offer at least one language.',
  },
  'validation.settings.languageTwice': {
    sv: 'Varje språk kan finnas med bara en gång.',
    fi: 'Kukin kieli voi olla listalla vain kerran.',
    en: 'Each language can be listed only once.',
  },
  'validation.settings.contactEmail': {
    sv: 'Ange nätverkets e-postadress för kontakt.',
    fi: 'Anna verkoston yhteydenottojen sähköpostiosoite.',
    en: 'Give the contact email address of the network.',
  },
  'validation.settings.publicBaseUrl': {
    sv: 'Ange bara webbplatsens adress, t.ex. https://natverket.example.org: https, eller http på localhost, utan sökväg eller snedstreck på slutet.',
    fi: 'Anna vain sivuston osoite, esim. https://natverket.example.org: https tai localhostissa http, ilman polkua tai kauttaviivaa lopussa.',
    en: 'Give the address of the site only, e.g. https://natverket.example.org: https, or http on localhost, without a path or a slash at the end.',
  },
  'validation.settings.retention': {
    sv: 'Ange hur länge personuppgifter sparas.',
    fi: 'Määritä, kuinka kauan henkilötietoja säilytetään.',
    en: 'Set how long personal data is kept.',
  },
  'validation.settings.brandColour.format': {
    sv: 'Ange färgen som # och sex hexadecimala siffror, t.ex. #1d4f91.',
    fi: 'Anna väri muodossa # ja kuusi heksadesimaalinumeroa, esim. #1d4f91.',
    en: 'Give the colour as # and six hexadecimal digits, e.g. #1d4f91.',
  },
  'validation.settings.brandColour.contrast': {
    sv: 'Vit text mot {colour} har en kontrast på bara {ratio}:1; den måste vara minst 4,5:1. Välj en mörkare färg.',
    fi: 'Valkoisen tekstin kontrasti värillä {colour} on vain {ratio}:1; sen on oltava vähintään 4,5:1. Valitse tummempi väri.',
    en: 'White text on {colour} has a contrast of only {ratio}:1; it must be at least 4.5:1. Choose a darker colour.',
  },
  'validation.settings.logo.size': {
    sv: 'SVG-filen är för stor (över 50 000 tecken): förenkla eller optimera den.',
    fi: 'SVG-tiedosto on liian suuri (yli 50 000 merkkiä): yksinkertaista tai optimoi se.',
    en: 'The SVG is too large (over 50,000 characters): simplify or optimise it.',
  },
  'validation.settings.logo.whole': {
    sv: 'Klistra in hela SVG-filen: den ska börja med <svg (eller <?xml) och sluta med </svg>.',
    fi: 'Liitä koko SVG-tiedosto: sen pitää alkaa <svg (tai <?xml) ja päättyä </svg>.',
    en: 'Paste the whole SVG file: it must start with <svg (or <?xml) and end with </svg>.',
  },
  'validation.settings.logo.script': {
    sv: 'SVG-filen innehåller ett skript: exportera den på nytt som en ren teckning utan det.',
    fi: 'SVG-tiedostossa on skripti: vie se uudelleen pelkkänä piirroksena ilman sitä.',
    en: 'The SVG contains a script: export it again as a plain drawing without it.',
  },
  'validation.settings.logo.html': {
    sv: 'SVG-filen innehåller inbäddad HTML: exportera den på nytt som en ren teckning utan den.',
    fi: 'SVG-tiedostossa on upotettua HTML:ää: vie se uudelleen pelkkänä piirroksena ilman sitä.',
    en: 'The SVG contains embedded HTML: export it again as a plain drawing without it.',
  },
  'validation.settings.logo.image': {
    sv: 'SVG-filen innehåller en inbäddad bild: exportera den på nytt som en ren teckning utan den.',
    fi: 'SVG-tiedostossa on upotettu kuva: vie se uudelleen pelkkänä piirroksena ilman sitä.',
    en: 'The SVG contains an embedded image: export it again as a plain drawing without it.',
  },
  'validation.settings.logo.doctype': {
    sv: 'SVG-filen innehåller en DOCTYPE eller entitet: exportera den på nytt som en ren teckning utan den.',
    fi: 'SVG-tiedostossa on DOCTYPE tai entiteetti: vie se uudelleen pelkkänä piirroksena ilman sitä.',
    en: 'The SVG contains a DOCTYPE or entity: export it again as a plain drawing without it.',
  },
  'validation.settings.logo.handler': {
    sv: 'SVG-filen innehåller en händelsehanterare (on...=): exportera den på nytt som en ren teckning utan den.',
    fi: 'SVG-tiedostossa on tapahtumankäsittelijä (on...=): vie se uudelleen pelkkänä piirroksena ilman sitä.',
    en: 'The SVG contains an event handler (on...=): export it again as a plain drawing without it.',
  },
  'validation.settings.logo.javascript': {
    sv: 'SVG-filen innehåller en javascript:-länk: exportera den på nytt som en ren teckning utan den.',
    fi: 'SVG-tiedostossa on javascript:-linkki: vie se uudelleen pelkkänä piirroksena ilman sitä.',
    en: 'The SVG contains a javascript: link: export it again as a plain drawing without it.',
  },
  'validation.settings.logo.external': {
    sv: 'SVG-filen hämtar en extern stil eller bild: exportera den på nytt som en ren teckning utan den.',
    fi: 'SVG-tiedosto hakee ulkoisen tyylin tai kuvan: vie se uudelleen pelkkänä piirroksena ilman sitä.',
    en: 'The SVG contains an external style or image: export it again as a plain drawing without it.',
  },
  'validation.settings.logo.link': {
    sv: 'SVG-filen länkar till en annan fil: exportera den på nytt som en ren teckning utan länken.',
    fi: 'SVG-tiedosto linkittää toiseen tiedostoon: vie se uudelleen pelkkänä piirroksena ilman linkkiä.',
    en: 'The SVG contains a link to another file: export it again as a plain drawing without it.',
  },
  'validation.mailBudget.perTenMinutes': {
    sv: 'Antalet meddelanden per tio minuter måste vara ett heltal, minst {min}.',
    fi: 'Viestien määrän kymmenessä minuutissa on oltava kokonaisluku, vähintään {min}.',
    en: 'Mails per ten minutes must be a whole number of at least {min}.',
  },
  'validation.mailBudget.perDay': {
    sv: 'Antalet meddelanden per dygn måste vara ett heltal, minst {min}.',
    fi: 'Viestien määrän vuorokaudessa on oltava kokonaisluku, vähintään {min}.',
    en: 'Mails per day must be a whole number of at least {min}.',
  },
  'validation.settings.reminderHoursBefore': {
    sv: 'Antalet timmar före start måste vara ett heltal, minst {min}.',
    fi: 'Tuntimäärän ennen alkua on oltava kokonaisluku, vähintään {min}.',
    en: 'Hours before the start must be a whole number of at least {min}.',
  },
  'validation.settings.reminderHoursBeforeMax': {
    sv: 'En påminnelse kan skickas högst 336 timmar (två veckor) före start.',
    fi: 'Muistutuksen voi lähettää enintään 336 tuntia (kaksi viikkoa) ennen alkua.',
    en: 'A reminder can be sent at most 336 hours (two weeks) before the start.',
  },
  'validation.retention.registrationDays': {
    sv: 'Antalet dagar som anmälningar sparas måste vara ett heltal, minst {min}.',
    fi: 'Ilmoittautumisten säilytyspäivien määrän on oltava kokonaisluku, vähintään {min}.',
    en: 'Days to keep registrations must be a whole number of at least {min}.',
  },
  'validation.retention.applicationDays': {
    sv: 'Antalet dagar som ansökningar sparas måste vara ett heltal, minst {min}.',
    fi: 'Hakemusten säilytyspäivien määrän on oltava kokonaisluku, vähintään {min}.',
    en: 'Days to keep applications must be a whole number of at least {min}.',
  },
  'validation.retention.seatHoldHours': {
    sv: 'Antalet timmar en plats hålls måste vara ett heltal, minst {min}.',
    fi: 'Paikan pitoajan tunteina on oltava kokonaisluku, vähintään {min}.',
    en: 'Hours a seat is held must be a whole number of at least {min}.',
  },
  'validation.retention.seatHoldHoursMax': {
    sv: 'En plats kan hållas högst 72 timmar.',
    fi: 'Paikkaa voi pitää enintään 72 tuntia.',
    en: 'A seat can be held at most 72 hours.',
  },
  'validation.retention.membershipInactiveDays': {
    sv: 'Antalet dagar av inaktivitet måste vara ett heltal, minst {min}.',
    fi: 'Passiivisten päivien määrän on oltava kokonaisluku, vähintään {min}.',
    en: 'Days of inactivity must be a whole number of at least {min}.',
  },

  // Surveys (documents/survey.ts, objects/surveyQuestion.ts, the settings' survey group)
  'survey.title': { sv: 'Enkät', fi: 'Kysely', en: 'Survey' },
  'survey.group.survey': { sv: 'Enkäten', fi: 'Kysely', en: 'Survey' },
  'survey.introduction': { sv: 'Inledning', fi: 'Johdanto', en: 'Introduction' },
  'survey.introduction.description': {
    sv: 'Visas överst på svarssidan: varför enkäten görs och vad svaren används till.',
    fi: 'Näytetään vastaussivun alussa: miksi kysely tehdään ja mihin vastauksia käytetään.',
    en: 'Shown at the top of the answer page: why the survey is made and what the answers are used for.',
  },
  'survey.events.description': {
    sv: 'Evenemangen enkäten gäller. Lämna tomt för en enkät till hela nätverket.',
    fi: 'Tapahtumat, joita kysely koskee. Jätä tyhjäksi, jos kysely koskee koko verkostoa.',
    en: 'The events the survey is about. Leave empty for a survey of the whole network.',
  },
  'survey.opensAt': { sv: 'Öppnar', fi: 'Avautuu', en: 'Opens' },
  'survey.closesAt': { sv: 'Stänger', fi: 'Sulkeutuu', en: 'Closes' },
  'survey.autoSend': {
    sv: 'Skicka automatiskt efter evenemanget',
    fi: 'Lähetä automaattisesti tapahtuman jälkeen',
    en: 'Send automatically after the event',
  },
  'survey.autoSend.description': {
    sv: 'Enkäten skickas till deltagarna i varje kopplat evenemang det antal timmar efter evenemanget som inställningarna anger (till dem som anmälts närvarande, annars till alla bekräftade).',
    fi: 'Kysely lähetetään jokaisen liitetyn tapahtuman osallistujille asetuksissa määritellyn tuntimäärän kuluttua tapahtumasta (läsnä oleviksi merkityille, muuten kaikille vahvistetuille).',
    en: 'The survey goes to the people of each linked event the number of hours after it that the settings give (to those marked present, otherwise to everyone confirmed).',
  },
  'surveyQuestion.kind': { sv: 'Frågetyp', fi: 'Kysymystyyppi', en: 'Question type' },
  'surveyQuestion.minLabel': { sv: 'Text för 1', fi: 'Teksti arvolle 1', en: 'Label for 1' },
  'surveyQuestion.minLabel.description': {
    sv: 'Vad skalans lägsta värde betyder, till exempel "Inte alls nöjd".',
    fi: 'Mitä asteikon pienin arvo tarkoittaa, esimerkiksi "En lainkaan tyytyväinen".',
    en: 'What the lowest value of the scale means, for example "Not at all satisfied".',
  },
  'surveyQuestion.maxLabel': { sv: 'Text för 5', fi: 'Teksti arvolle 5', en: 'Label for 5' },
  'surveyQuestion.maxLabel.description': {
    sv: 'Vad skalans högsta värde betyder, till exempel "Mycket nöjd".',
    fi: 'Mitä asteikon suurin arvo tarkoittaa, esimerkiksi "Erittäin tyytyväinen".',
    en: 'What the highest value of the scale means, for example "Very satisfied".',
  },
  'option.surveyQuestionKind.scale': { sv: 'Skala 1–5', fi: 'Asteikko 1–5', en: 'Scale 1–5' },
  'option.surveyQuestionKind.freeText': { sv: 'Fritext', fi: 'Vapaa teksti', en: 'Free text' },
  'ordering.closesAtDesc': {
    sv: 'Stänger, senaste först',
    fi: 'Sulkeutuu, viimeisin ensin',
    en: 'Closes, latest first',
  },
  'preview.untitled.survey': { sv: 'Enkät utan titel', fi: 'Nimetön kysely', en: 'Untitled survey' },
  'preview.events': { sv: '{count} evenemang', fi: '{count} tapahtumaa', en: '{count} events' },
  'preview.wholeNetwork': { sv: 'hela nätverket', fi: 'koko verkosto', en: 'the whole network' },
  'structure.surveys': { sv: 'Enkäter', fi: 'Kyselyt', en: 'Surveys' },
  'settings.surveys.description': {
    sv: 'När enkäter skickas automatiskt, när resultaten visas och hur länge de anonyma svaren sparas.',
    fi: 'Milloin kyselyt lähtevät automaattisesti, milloin tulokset näytetään ja kuinka kauan nimettömiä vastauksia säilytetään.',
    en: 'When surveys go out automatically, when results are shown and how long the anonymous answers are kept.',
  },
  'settings.surveys.minAnswers': {
    sv: 'Minsta antal svar för resultat',
    fi: 'Vastausten vähimmäismäärä tuloksille',
    en: 'Fewest answers for results',
  },
  'settings.surveys.minAnswers.description': {
    sv: 'Resultaten visas först när så många har svarat, så att ingen enskild kan kännas igen.',
    fi: 'Tulokset näytetään vasta, kun näin moni on vastannut, jottei yksittäistä vastaajaa voi tunnistaa.',
    en: 'Results are shown only once this many have answered, so that no single person can be recognised.',
  },
  'settings.surveys.sendAfterHours': {
    sv: 'Timmar efter evenemanget',
    fi: 'Tunteja tapahtuman jälkeen',
    en: 'Hours after the event',
  },
  'settings.surveys.answerDays': {
    sv: 'Dagar svaren sparas',
    fi: 'Vastausten säilytys päivinä',
    en: 'Days answers are kept',
  },
  'settings.surveys.answerDays.description': {
    sv: 'Räknat från att enkäten stänger. Svaren är anonyma.',
    fi: 'Laskettuna kyselyn sulkeutumisesta. Vastaukset ovat nimettömiä.',
    en: 'Counted from when the survey closes. The answers are anonymous.',
  },
  'validation.survey.opensAt': {
    sv: 'Ange när enkäten öppnar.',
    fi: 'Anna kyselyn avautumisaika.',
    en: 'Give the time the survey opens.',
  },
  'validation.survey.closesAt': {
    sv: 'Ange när enkäten stänger.',
    fi: 'Anna kyselyn sulkeutumisaika.',
    en: 'Give the time the survey closes.',
  },
  'validation.survey.order': {
    sv: 'Enkäten måste stänga efter att den öppnat.',
    fi: 'Kyselyn on sulkeuduttava vasta avautumisen jälkeen.',
    en: 'The survey must close after it opens.',
  },
  'validation.survey.eventTwice': {
    sv: 'Samma evenemang finns två gånger.',
    fi: 'Sama tapahtuma on mukana kahdesti.',
    en: 'The same event is listed twice.',
  },
  'validation.survey.noQuestions': {
    sv: 'Lägg till minst en fråga.',
    fi: 'Lisää vähintään yksi kysymys.',
    en: 'Add at least one question.',
  },
  'validation.surveyQuestion.kind': {
    sv: 'Välj frågetyp.',
    fi: 'Valitse kysymystyyppi.',
    en: 'Choose the question type.',
  },
  'validation.surveyQuestion.options': {
    sv: 'En flervalsfråga behöver minst två alternativ.',
    fi: 'Valintakysymyksessä on oltava vähintään kaksi vaihtoehtoa.',
    en: 'A choice question needs at least two options.',
  },
  'validation.surveys.minAnswers': {
    sv: 'Minsta antal svar måste vara ett heltal, minst {min}.',
    fi: 'Vastausten vähimmäismäärän on oltava kokonaisluku, vähintään {min}.',
    en: 'The fewest answers must be a whole number of at least {min}.',
  },
  'validation.surveys.sendAfterHours': {
    sv: 'Antalet timmar måste vara ett heltal, minst {min}.',
    fi: 'Tuntimäärän on oltava kokonaisluku, vähintään {min}.',
    en: 'The hours must be a whole number of at least {min}.',
  },
  'validation.surveys.answerDays': {
    sv: 'Antalet dagar svaren sparas måste vara ett heltal, minst {min}.',
    fi: 'Vastausten säilytyspäivien määrän on oltava kokonaisluku, vähintään {min}.',
    en: 'Days to keep answers must be a whole number of at least {min}.',
  },
  // The strategy organisations join
  'strategy.title': { sv: 'Strategi', fi: 'Strategia', en: 'Strategy' },
  'strategy.group.joining': { sv: 'Att ansluta sig', fi: 'Liittyminen', en: 'Joining' },
  'strategy.vision': { sv: 'Vision', fi: 'Visio', en: 'Vision' },
  'strategy.vision.description': {
    sv: 'Vart strategin vill nå, i några meningar. Visas överst på strategisidan.',
    fi: 'Mihin strategialla pyritään, muutamalla virkkeellä. Näkyy strategiasivun alussa.',
    en: 'Where the strategy aims to get, in a few sentences. Shown at the top of the strategy page.',
  },
  'strategy.focusAreas.description': {
    sv: 'Verksamhetsplanens tyngdpunkter som strategin omfattar.',
    fi: 'Toimintasuunnitelman painopisteet, jotka strategia kattaa.',
    en: 'The focus areas of the activity plan that the strategy covers.',
  },
  'strategy.goals': { sv: 'Mål', fi: 'Tavoitteet', en: 'Goals' },
  'strategy.goals.description': {
    sv: 'Organisationer som ansluter sig berättar per mål vad de redan gör och vad de bidrar med.',
    fi: 'Liittyvät organisaatiot kertovat tavoitteittain, mitä ne jo tekevät ja miten ne aikovat edistää tavoitetta.',
    en: 'Organisations that join say, per goal, what they already do and what they will contribute.',
  },
  'strategy.joiningMeans': {
    sv: 'Vad anslutningen innebär',
    fi: 'Mitä liittyminen tarkoittaa',
    en: 'What joining means',
  },
  'strategy.joiningMeans.description': {
    sv: 'Vad en organisation åtar sig när den ansluter sig, t.ex. en första dialog och en årlig uppföljning.',
    fi: 'Mihin organisaatio sitoutuu liittyessään, esim. aloituskeskusteluun ja vuosittaiseen seurantaan.',
    en: 'What an organisation commits to when it joins, e.g. an initial dialogue and a yearly follow-up.',
  },
  'strategy.joiningDoesNotMean': {
    sv: 'Vad anslutningen inte innebär',
    fi: 'Mitä liittyminen ei tarkoita',
    en: 'What joining does not mean',
  },
  'strategy.joiningDoesNotMean.description': {
    sv: 'Vad en organisation inte förbinder sig till, t.ex. avgifter eller rapportering utöver uppföljningen.',
    fi: 'Mihin organisaatio ei sitoudu, esim. maksuihin tai raportointiin seurannan lisäksi.',
    en: 'What an organisation does not commit to, e.g. fees or reporting beyond the follow-up.',
  },
  'strategyGoal.title': { sv: 'Mål', fi: 'Tavoite', en: 'Goal' },
  'strategyGoal.key.description': {
    sv: 'Ändras inte när texten ändras: organisationernas bidrag sparas per nyckel, t.ex. "equal-pay".',
    fi: 'Ei muutu, vaikka teksti muuttuu: organisaatioiden panokset tallennetaan avaimittain, esim. "equal-pay".',
    en: 'Stays the same when the text changes: organisations\' contributions are stored per key, e.g. "equal-pay".',
  },
  'preview.untitled.strategy': {
    sv: 'Strategi utan titel',
    fi: 'Nimetön strategia',
    en: 'Untitled strategy',
  },
  'structure.strategies': { sv: 'Strategier', fi: 'Strategiat', en: 'Strategies' },
  'validation.strategy.noGoals': {
    sv: 'Lägg till minst ett mål: organisationerna berättar om sitt bidrag per mål.',
    fi: 'Lisää vähintään yksi tavoite: organisaatiot kertovat panoksestaan tavoitteittain.',
    en: 'Add at least one goal: organisations describe their contribution per goal.',
  },
  'validation.goal.keyMissing': {
    sv: 'Ge målet en nyckel, t.ex. "equal-pay".',
    fi: 'Anna tavoitteelle avain, esim. "equal-pay".',
    en: 'Give the goal a key, e.g. "equal-pay".',
  },
  'validation.goal.keyTwice': {
    sv: 'Målnyckeln "{value}" används mer än en gång: varje mål behöver en egen nyckel.',
    fi: 'Tavoitteen avainta "{value}" käytetään useammin kuin kerran: jokainen tavoite tarvitsee oman avaimen.',
    en: 'The goal key "{value}" is used more than once: each goal needs its own key.',
  },
  'settings.affiliationFollowUpMonth': {
    sv: 'Månad för den årliga uppföljningen av strategin',
    fi: 'Strategian vuosittaisen seurannan kuukausi',
    en: 'Month of the strategy’s yearly follow-up',
  },
  'settings.affiliationFollowUpMonth.description': {
    sv: 'Månadens nummer (1–12). Då får varje ansluten organisations kontaktperson ett e-postmeddelande om att bekräfta eller uppdatera bidraget. Tomt: ingen uppföljning skickas.',
    fi: 'Kuukauden numero (1–12). Silloin jokaisen liittyneen organisaation yhteyshenkilö saa sähköpostiviestin, jossa pyydetään vahvistamaan tai päivittämään panos. Tyhjä: seurantaviestejä ei lähetetä.',
    en: 'The month’s number (1–12). Each joined organisation’s contact person is then emailed to confirm or update its contribution. Empty: no follow-up is sent.',
  },
  'validation.settings.affiliationFollowUpMonth': {
    sv: 'Ange månaden som ett heltal från 1 till 12.',
    fi: 'Anna kuukausi kokonaislukuna 1–12.',
    en: 'Give the month as a whole number from 1 to 12.',
  },
  'retentionPolicy.affiliationDays': {
    sv: 'Avslutade anslutningar till strategin: dagar innan de raderas',
    fi: 'Päättyneet strategiaan liittymiset: päiviä ennen poistoa',
    en: 'Ended affiliations to the strategy: days before deletion',
  },
  'retentionPolicy.affiliationDays.description': {
    sv: 'En återkallad eller avböjd anslutning, med kontaktpersonen, raderas så här många dagar efter att den avslutades (365 om fältet är tomt). En ansluten organisation finns kvar.',
    fi: 'Peruttu tai hylätty liittyminen yhteyshenkilön tietoineen poistetaan näin monta päivää päättymisen jälkeen (365, jos kenttä on tyhjä). Liittynyt organisaatio säilyy.',
    en: 'A withdrawn or declined affiliation, with its contact person, is deleted this many days after it ended (365 when empty). A joined organisation stays.',
  },
  'validation.retention.affiliationDays': {
    sv: 'Antalet dagar måste vara ett heltal, minst {min}.',
    fi: 'Päivien määrän on oltava kokonaisluku, vähintään {min}.',
    en: 'The number of days must be a whole number of at least {min}.',
  },
} satisfies Record<string, Texts>;

export type Dictionary = typeof dictionary;
