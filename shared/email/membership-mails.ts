import type { Language } from '../http/route';
import { pageLink } from './format';
import type { RenderedMail } from './templates';

export interface MembershipMailData {
  name: string;
  secrets?: { confirmToken?: string; leaveToken?: string };
}

export const membershipMails = {
  'membership-confirm': (data: MembershipMailData, lang: Language): RenderedMail => ({
    subject: {
      sv: 'Bekräfta att du vill gå med i nätverket',
      fi: 'Vahvista liittymisesi verkostoon',
      en: 'Confirm that you want to join the network',
    }[lang],
    text:
      {
        sv: `Hej ${data.name},\n\nTack för att du vill gå med i jämställdhets- och likabehandlingsnätverket. Bekräfta med länken nedan (giltig i sju dagar). Om du inte bett om detta kan du strunta i meddelandet.`,
        fi: `Hei ${data.name},\n\nKiitos, että haluat liittyä tasa-arvo- ja yhdenvertaisuusverkostoon. Vahvista alla olevalla linkillä (voimassa seitsemän päivää). Jos et pyytänyt tätä, voit jättää viestin huomiotta.`,
        en: `Hello ${data.name},\n\nThank you for wanting to join the equality and non-discrimination network. Confirm with the link below (valid for seven days). If you did not ask for this, ignore this message.`,
      }[lang] + `\n\n${pageLink(lang, `network/confirm/${data.secrets?.confirmToken ?? ''}`)}`,
  }),
  'membership-already': (data: MembershipMailData, lang: Language): RenderedMail => ({
    subject: {
      sv: 'Du är redan med i nätverket',
      fi: 'Olet jo verkoston jäsen',
      en: 'You are already in the network',
    }[lang],
    text:
      {
        sv: `Hej ${data.name},\n\nNågon (kanske du) bad om att gå med i nätverket med den här adressen, men du är redan medlem. Vill du lämna nätverket kan du göra det med länken nedan.`,
        fi: `Hei ${data.name},\n\nJoku (ehkä sinä) pyysi liittymistä verkostoon tällä osoitteella, mutta olet jo jäsen. Jos haluat erota verkostosta, voit tehdä sen alla olevalla linkillä.`,
        en: `Hello ${data.name},\n\nSomeone (perhaps you) asked to join the network with this address, but you are already a member. To leave the network, use the link below.`,
      }[lang] + `\n\n${pageLink(lang, `network/leave/${data.secrets?.leaveToken ?? ''}`)}`,
  }),
  'membership-welcome': (data: MembershipMailData, lang: Language): RenderedMail => ({
    subject: { sv: 'Välkommen till nätverket', fi: 'Tervetuloa verkostoon', en: 'Welcome to the network' }[
      lang
    ],
    text:
      {
        sv: `Hej ${data.name},\n\nDu är nu medlem i nätverket. Du kan när som helst lämna nätverket med länken nedan; då raderas dina uppgifter.`,
        fi: `Hei ${data.name},\n\nOlet nyt verkoston jäsen. Voit erota verkostosta milloin tahansa alla olevalla linkillä; tietosi poistetaan silloin.`,
        en: `Hello ${data.name},\n\nYou are now a member of the network. You can leave at any time with the link below; your data is then erased.`,
      }[lang] + `\n\n${pageLink(lang, `network/leave/${data.secrets?.leaveToken ?? ''}`)}`,
  }),
};
