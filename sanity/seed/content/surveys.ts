/**
 * The evaluation survey of the example webinar (example content, so its dates move with the webinar's
 * on the local stack): the kinds of question the network's evaluation asks.
 */
import { EVENTS, SURVEYS } from '../ids';
import { helsinki, ref, type SeedDocument, str, text } from '../lib';

export const surveys: SeedDocument[] = [
  {
    _id: SURVEYS.exampleWebinarFeedback,
    _type: 'survey',
    title: str({
      sv: 'Exempel: Vad tyckte du om webbinariet?',
      fi: 'Esimerkki: Mitä pidit webinaarista?',
      en: 'Example: What did you think of the webinar?',
    }),
    introduction: text({
      sv: 'Dina svar hjälper oss att planera nästa evenemang. Svaren är anonyma och tar ett par minuter.',
      fi: 'Vastauksesi auttavat meitä suunnittelemaan seuraavia tapahtumia. Vastaaminen on nimetöntä ja vie pari minuuttia.',
      en: 'Your answers help us plan the next events. They are anonymous and take a couple of minutes.',
    }),
    events: [ref(EVENTS.exampleWebinar)],
    opensAt: helsinki('2027-02-10T14:30'),
    closesAt: helsinki('2027-03-10T16:00'),
    autoSend: true,
    isExample: true,
    questions: [
      {
        _type: 'surveyQuestion',
        kind: 'scale',
        required: true,
        label: str({
          sv: 'Hur nöjd är du med webbinariet som helhet?',
          fi: 'Kuinka tyytyväinen olet webinaariin kokonaisuutena?',
          en: 'How satisfied are you with the webinar as a whole?',
        }),
        minLabel: str({ sv: 'Inte alls nöjd', fi: 'En lainkaan tyytyväinen', en: 'Not at all satisfied' }),
        maxLabel: str({ sv: 'Mycket nöjd', fi: 'Erittäin tyytyväinen', en: 'Very satisfied' }),
      },
      {
        _type: 'surveyQuestion',
        kind: 'singleChoice',
        required: false,
        label: str({
          sv: 'Hur fick du veta om webbinariet?',
          fi: 'Mistä kuulit webinaarista?',
          en: 'How did you hear about the webinar?',
        }),
        options: [
          {
            _type: 'questionOption',
            value: 'email',
            label: str({ sv: 'E-post', fi: 'Sähköposti', en: 'Email' }),
          },
          {
            _type: 'questionOption',
            value: 'website',
            label: str({ sv: 'Webbplatsen', fi: 'Verkkosivut', en: 'The website' }),
          },
          {
            _type: 'questionOption',
            value: 'colleague',
            label: str({ sv: 'En kollega', fi: 'Työkaveri', en: 'A colleague' }),
          },
        ],
      },
      {
        _type: 'surveyQuestion',
        kind: 'multipleChoice',
        required: false,
        label: str({
          sv: 'Vilka teman vill du höra mer om?',
          fi: 'Mistä aiheista haluaisit kuulla lisää?',
          en: 'Which themes would you like to hear more about?',
        }),
        options: [
          {
            _type: 'questionOption',
            value: 'working-life',
            label: str({ sv: 'Arbetslivet', fi: 'Työelämä', en: 'Working life' }),
          },
          {
            _type: 'questionOption',
            value: 'education',
            label: str({ sv: 'Utbildning', fi: 'Koulutus', en: 'Education' }),
          },
          {
            _type: 'questionOption',
            value: 'services',
            label: str({ sv: 'Kommunala tjänster', fi: 'Kuntien palvelut', en: 'Municipal services' }),
          },
        ],
      },
      {
        _type: 'surveyQuestion',
        kind: 'freeText',
        required: false,
        label: str({
          sv: 'Vad ska vi göra annorlunda nästa gång?',
          fi: 'Mitä meidän pitäisi tehdä toisin ensi kerralla?',
          en: 'What should we do differently next time?',
        }),
      },
    ],
  },
];
