import type { TextsOf } from '../render.js';

/** Notifications of clarifications: a question to the consortium, its answer and an evaluator's suggestion to the coordinators. */
export const CLARIFICATION_TEXTS: TextsOf<'clarification.asked' | 'clarification.answered' | 'clarification.suggested'> = {
  'clarification.asked': {
    fi: (p, f) => ({
      title: `Täsmennyspyyntö: ${p.applicationTitle}`,
      body: `Haun ${p.callTitle} koordinaattori pyytää täsmennystä hakemukseen ${p.applicationTitle}: ”${p.question}” Vastaa hakemuksen sivulla ${f.dateTime(p.answerDueAt)} mennessä. Vastaus liitetään jätettyyn hakemukseen sitä muuttamatta.`,
    }),
    sv: (p, f) => ({
      title: `Begäran om förtydligande: ${p.applicationTitle}`,
      body: `Koordinatorn för utlysningen ${p.callTitle} ber om ett förtydligande av ansökan ${p.applicationTitle}: ”${p.question}” Svara på ansökans sida senast ${f.dateTime(p.answerDueAt)}. Svaret fogas till den inlämnade ansökan utan att ändra den.`,
    }),
    en: (p, f) => ({
      title: `Clarification requested: ${p.applicationTitle}`,
      body: `The coordinator of the call ${p.callTitle} asks for a clarification of the application ${p.applicationTitle}: “${p.question}” Answer on the application's page by ${f.dateTime(p.answerDueAt)}. The answer is attached to the submitted application without changing it.`,
    }),
  },
  'clarification.answered': {
    fi: (p) => ({ title: `Täsmennykseen vastattu: ${p.applicationTitle}`, body: `Hakijat ovat vastanneet täsmennyspyyntöön hakemuksesta ${p.applicationTitle} haussa ${p.callTitle}. Vastaus näkyy hakemuksen tiedoissa.` }),
    sv: (p) => ({ title: `Förtydligande besvarat: ${p.applicationTitle}`, body: `Sökandena har svarat på begäran om förtydligande av ansökan ${p.applicationTitle} i utlysningen ${p.callTitle}. Svaret visas med ansökan.` }),
    en: (p) => ({ title: `Clarification answered: ${p.applicationTitle}`, body: `The consortium has answered the clarification asked about the application ${p.applicationTitle} in the call ${p.callTitle}. The answer is shown with the application.` }),
  },
  'clarification.suggested': {
    fi: (p) => ({ title: `Arvioija ehdottaa kysymystä: ${p.applicationTitle}`, body: `Arvioija ehdottaa täsmennyspyyntöä hakemukseen ${p.applicationTitle} haussa ${p.callTitle}. Voit esittää kysymyksen hakijoille muokattuna tai hylätä ehdotuksen.` }),
    sv: (p) => ({ title: `Bedömare föreslår en fråga: ${p.applicationTitle}`, body: `En bedömare föreslår en begäran om förtydligande av ansökan ${p.applicationTitle} i utlysningen ${p.callTitle}. Du kan ställa frågan till sökandena, gärna redigerad, eller avfärda förslaget.` }),
    en: (p) => ({ title: `An evaluator suggests a question: ${p.applicationTitle}`, body: `An evaluator suggests asking the consortium of the application ${p.applicationTitle} in the call ${p.callTitle} for a clarification. You may ask it, edited if need be, or dismiss it.` }),
  },
};
