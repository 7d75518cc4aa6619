import type { LocalizedMap } from '../content/localize';
import type { Language } from '../http/route';
import { pageLink, text } from './format';
import type { RenderedMail } from './templates';

/** Mails to the contact person of an organisation joining the strategy (shared/affiliations). */
export interface AffiliationMailData {
  organisationName: string;
  contactName: string;
  strategyTitle: LocalizedMap;
  secrets?: { confirmToken?: string; manageToken?: string };
}

const manageLink = (data: AffiliationMailData, lang: Language) =>
  pageLink(lang, `affiliations/${data.secrets?.manageToken ?? ''}`);

export const affiliationMails = {
  'affiliation-confirm': (data: AffiliationMailData, lang: Language): RenderedMail => ({
    subject: {
      sv: `Bekräfta anslutningen: ${data.organisationName}`,
      fi: `Vahvistakaa liittyminen: ${data.organisationName}`,
      en: `Confirm the affiliation: ${data.organisationName}`,
    }[lang],
    text:
      {
        sv: `Hej ${data.contactName},\n\n${data.organisationName} vill ansluta sig till ${text(data.strategyTitle, lang)} med dig som kontaktperson. Bekräfta med länken nedan (giltig i sju dagar). Om du inte känner till anslutningen kan du strunta i meddelandet.`,
        fi: `Hei ${data.contactName},\n\n${data.organisationName} haluaa liittyä strategiaan ${text(data.strategyTitle, lang)}, ja sinut on nimetty yhteyshenkilöksi. Vahvista liittyminen alla olevalla linkillä (voimassa seitsemän päivää). Jos et tiedä liittymisestä, voit jättää viestin huomiotta.`,
        en: `Hello ${data.contactName},\n\n${data.organisationName} wants to join ${text(data.strategyTitle, lang)} with you as its contact person. Confirm with the link below (valid for seven days). If you do not know about this, ignore this message.`,
      }[lang] + `\n\n${pageLink(lang, `affiliations/confirm/${data.secrets?.confirmToken ?? ''}`)}`,
  }),
  'affiliation-manage': (data: AffiliationMailData, lang: Language): RenderedMail => ({
    subject: {
      sv: `Anslutningen är mottagen: ${data.organisationName}`,
      fi: `Liittyminen on vastaanotettu: ${data.organisationName}`,
      en: `The affiliation is received: ${data.organisationName}`,
    }[lang],
    text:
      {
        sv: `Hej ${data.contactName},\n\nTack! Nätverket kontaktar dig för en första dialog om vad ${data.organisationName} redan gör och kan bidra med. Med länken nedan kan du uppdatera bidraget, byta kontaktperson eller återkalla anslutningen. Spara meddelandet och dela inte länken.`,
        fi: `Hei ${data.contactName},\n\nKiitos! Verkosto ottaa sinuun yhteyttä aloituskeskustelua varten: mitä ${data.organisationName} jo tekee ja miten se voi osallistua. Alla olevalla linkillä voit päivittää panoksen, vaihtaa yhteyshenkilön tai perua liittymisen. Säilytä viesti äläkä jaa linkkiä.`,
        en: `Hello ${data.contactName},\n\nThank you! The network will contact you for an initial dialogue about what ${data.organisationName} already does and can contribute. With the link below you can update the contribution, change the contact person or withdraw. Keep this message and do not share the link.`,
      }[lang] + `\n\n${manageLink(data, lang)}`,
  }),
  'affiliation-contact': (data: AffiliationMailData, lang: Language): RenderedMail => ({
    subject: {
      sv: `Du är kontaktperson för ${data.organisationName}`,
      fi: `Olet organisaation ${data.organisationName} yhteyshenkilö`,
      en: `You are the contact person of ${data.organisationName}`,
    }[lang],
    text:
      {
        sv: `Hej ${data.contactName},\n\nDu har angetts som kontaktperson när ${data.organisationName} ansluter sig till ${text(data.strategyTitle, lang)}. Med länken nedan kan du uppdatera bidraget, byta kontaktperson eller återkalla anslutningen.`,
        fi: `Hei ${data.contactName},\n\nSinut on nimetty yhteyshenkilöksi, kun ${data.organisationName} liittyy strategiaan ${text(data.strategyTitle, lang)}. Alla olevalla linkillä voit päivittää panoksen, vaihtaa yhteyshenkilön tai perua liittymisen.`,
        en: `Hello ${data.contactName},\n\nYou are now the contact person for the affiliation of ${data.organisationName} to ${text(data.strategyTitle, lang)}. With the link below you can update the contribution, change the contact person or withdraw.`,
      }[lang] + `\n\n${manageLink(data, lang)}`,
  }),
  'affiliation-already': (data: AffiliationMailData, lang: Language): RenderedMail => ({
    subject: {
      sv: `${data.organisationName} är redan anmäld`,
      fi: `${data.organisationName} on jo ilmoitettu`,
      en: `${data.organisationName} has already applied`,
    }[lang],
    text:
      {
        sv: `Hej ${data.contactName},\n\nNågon skickade in en ny anslutning för ${data.organisationName}, men organisationen är redan anmäld med dig som kontaktperson. Ingenting ändrades. Behöver uppgifterna ändras eller ska någon annan vara kontaktperson, gör det med länken nedan.`,
        fi: `Hei ${data.contactName},\n\nJoku lähetti uuden liittymisen organisaatiolle ${data.organisationName}, mutta organisaatio on jo ilmoitettu, ja sinä olet sen yhteyshenkilö. Mitään ei muutettu. Jos tietoja pitää muuttaa tai yhteyshenkilön vaihtaa, tee se alla olevalla linkillä.`,
        en: `Hello ${data.contactName},\n\nSomeone submitted a new affiliation for ${data.organisationName}, but the organisation has already applied with you as its contact person. Nothing was changed. If the details need changing or someone else should be the contact, use the link below.`,
      }[lang] + `\n\n${manageLink(data, lang)}`,
  }),
  'affiliation-follow-up': (data: AffiliationMailData, lang: Language): RenderedMail => ({
    subject: {
      sv: `Årlig uppföljning: ${data.organisationName}`,
      fi: `Vuosittainen seuranta: ${data.organisationName}`,
      en: `Yearly follow-up: ${data.organisationName}`,
    }[lang],
    text:
      {
        sv: `Hej ${data.contactName},\n\nDet har gått ett år till med ${text(data.strategyTitle, lang)}. Stämmer det fortfarande som ${data.organisationName} har sagt att den bidrar med? Bekräfta eller uppdatera bidraget med länken nedan.`,
        fi: `Hei ${data.contactName},\n\nStrategia ${text(data.strategyTitle, lang)} on ollut voimassa taas vuoden. Pitääkö organisaation ${data.organisationName} panos yhä paikkansa? Vahvista tai päivitä se alla olevalla linkillä.`,
        en: `Hello ${data.contactName},\n\nAnother year of ${text(data.strategyTitle, lang)} has passed. Is what ${data.organisationName} contributes still right? Confirm or update the contribution with the link below.`,
      }[lang] + `\n\n${manageLink(data, lang)}`,
  }),
  /** A coordinator's message to every member of a body (the council, a working group), framed in the member's language. */
  'body-message': (
    data: { bodyName: string; name: string; subject: string; text: string },
    lang: Language,
  ): RenderedMail => ({
    subject: `${data.bodyName}: ${data.subject}`,
    text:
      {
        sv: `Hej ${data.name},\n\nDetta meddelande skickas till alla i ${data.bodyName}.\n\n`,
        fi: `Hei ${data.name},\n\nTämä viesti lähetetään kaikille, jotka kuuluvat toimielimeen ${data.bodyName}.\n\n`,
        en: `Hello ${data.name},\n\nThis message goes to everyone in ${data.bodyName}.\n\n`,
      }[lang] +
      data.text +
      {
        sv: '\n\n--\nJämställdhets- och likabehandlingsnätverket',
        fi: '\n\n--\nTasa-arvo- ja yhdenvertaisuusverkosto',
        en: '\n\n--\nEquality and non-discrimination network',
      }[lang],
  }),
};
