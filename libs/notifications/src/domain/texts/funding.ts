import type { TextsOf } from '../render.js';

/** Notifications of ranking, proposal and decision. */
export const FUNDING_TEXTS: TextsOf<'funding.ranking_ready' | 'funding.proposal_ready' | 'funding.decided' | 'funding.promoted' | 'funding.stage_outcome'> = {
  'funding.ranking_ready': {
    fi: (p) => ({
      title: `Paremmuusjärjestys valmis: ${p.callTitle}`,
      body: `Haun ${p.callTitle} arvioidut hakemukset on asetettu paremmuusjärjestykseen: ${p.ranked} hakemusta, joista ${p.passing} ylitti kynnysarvot. Rahoitusesitys odottaa nyt päättäjien hyväksyntää.`,
    }),
    sv: (p) => ({
      title: `Rangordningen är klar: ${p.callTitle}`,
      body: `De bedömda ansökningarna i utlysningen ${p.callTitle} har rangordnats: ${p.ranked} ansökningar, av vilka ${p.passing} nådde tröskelvärdena. Finansieringsförslaget väntar nu på beslutsfattarnas godkännande.`,
    }),
    en: (p) => ({
      title: `Ranking ready: ${p.callTitle}`,
      body: `The evaluated applications of the call ${p.callTitle} are ranked: ${p.ranked} application(s), ${p.passing} of them above the thresholds. The funding proposal now waits for the deciders' approval.`,
    }),
  },
  'funding.proposal_ready': {
    fi: (p, f) => ({
      title: `Rahoitusesitys odottaa päätöstäsi: ${p.callTitle}`,
      body: `Haun ${p.callTitle} rahoitusesitys on valmis: ${p.funded} hakemukselle yhteensä ${f.money(p.committedCents)} ${f.money(p.budgetCents)}:n budjetista, ja varasijoilla ${p.reserve} hakemusta. Hyväksy esitys tai muuta sitä perustellen.`,
    }),
    sv: (p, f) => ({
      title: `Finansieringsförslaget väntar på ditt beslut: ${p.callTitle}`,
      body: `Finansieringsförslaget för utlysningen ${p.callTitle} är klart: ${f.money(p.committedCents)} av budgeten på ${f.money(p.budgetCents)} till ${p.funded} ansökningar, och ${p.reserve} ansökningar på reservlistan. Godkänn förslaget eller ändra det med en motivering.`,
    }),
    en: (p, f) => ({
      title: `A funding proposal awaits your decision: ${p.callTitle}`,
      body: `The funding proposal of the call ${p.callTitle} is ready: ${f.money(p.committedCents)} of the ${f.money(p.budgetCents)} budget for ${p.funded} application(s), and ${p.reserve} on the reserve list. Approve it, or amend it with a reason.`,
    }),
  },
  'funding.decided': {
    fi: (p, f) => ({
      title: `Rahoituspäätös: ${p.applicationTitle}`,
      body:
        p.outcome === 'funded'
          ? `Hakemukselle ${p.applicationTitle} haussa ${p.callTitle} on myönnetty rahoitusta ${f.money(p.grantCents ?? 0)}. Arvioinnin tulokset: ${p.scoresFi}.`
          : p.outcome === 'ineligible'
            ? `Hakemus ${p.applicationTitle} haussa ${p.callTitle} ei täyttänyt haun ehtoja, joten sitä ei arvioitu eikä sille myönnetty rahoitusta. Perustelut: ${p.scoresFi}.`
            : p.outcome === 'reserve'
              ? `Hakemus ${p.applicationTitle} haussa ${p.callTitle} ei saanut rahoitusta nyt, mutta se on varasijalla ${p.reservePosition}. Jos rahoitusta vapautuu, saat siitä tiedon. Arvioinnin tulokset: ${p.scoresFi}.`
              : `Hakemukselle ${p.applicationTitle} haussa ${p.callTitle} ei myönnetty rahoitusta. Arvioinnin tulokset: ${p.scoresFi}.`,
    }),
    sv: (p, f) => ({
      title: `Finansieringsbeslut: ${p.applicationTitle}`,
      body:
        p.outcome === 'funded'
          ? `Ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} har beviljats finansiering på ${f.money(p.grantCents ?? 0)}. Bedömningens resultat: ${p.scoresSv}.`
          : p.outcome === 'ineligible'
            ? `Ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} uppfyllde inte utlysningens villkor och bedömdes därför inte och beviljades ingen finansiering. Motivering: ${p.scoresSv}.`
            : p.outcome === 'reserve'
              ? `Ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} fick ingen finansiering nu, men står på reservplats ${p.reservePosition}. Om medel frigörs får du besked. Bedömningens resultat: ${p.scoresSv}.`
              : `Ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} beviljades ingen finansiering. Bedömningens resultat: ${p.scoresSv}.`,
    }),
    en: (p, f) => ({
      title: `Funding decision: ${p.applicationTitle}`,
      body:
        p.outcome === 'funded'
          ? `The application ${p.applicationTitle} to the call ${p.callTitle} has been granted ${f.money(p.grantCents ?? 0)}. Evaluation results: ${p.scoresEn}.`
          : p.outcome === 'ineligible'
            ? `The application ${p.applicationTitle} to the call ${p.callTitle} did not meet the call's eligibility rules, so it was not evaluated and not granted funding. Why: ${p.scoresEn}.`
            : p.outcome === 'reserve'
              ? `The application ${p.applicationTitle} to the call ${p.callTitle} is not funded now, but it is number ${p.reservePosition} on the reserve list. You will hear if funding is freed. Evaluation results: ${p.scoresEn}.`
              : `The application ${p.applicationTitle} to the call ${p.callTitle} was not granted funding. Evaluation results: ${p.scoresEn}.`,
    }),
  },
  'funding.promoted': {
    fi: (p, f) => ({ title: `Rahoitus varasijalta: ${p.applicationTitle}`, body: `Rahoitusta vapautui, ja hakemukselle ${p.applicationTitle} haussa ${p.callTitle} on myönnetty varasijalta rahoitusta ${f.money(p.grantCents)}.` }),
    sv: (p, f) => ({ title: `Finansiering från reservlistan: ${p.applicationTitle}`, body: `Medel frigjordes, och ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} har från reservlistan beviljats ${f.money(p.grantCents)}.` }),
    en: (p, f) => ({ title: `Funded from the reserve list: ${p.applicationTitle}`, body: `Funding was freed, and the application ${p.applicationTitle} to the call ${p.callTitle} has been granted ${f.money(p.grantCents)} from the reserve list.` }),
  },
  'funding.stage_outcome': {
    fi: (p, f) => ({
      title: p.outcome === 'invited' ? `Kutsu toiseen vaiheeseen: ${p.applicationTitle}` : `Ideasi arvioitiin: ${p.applicationTitle}`,
      body:
        p.outcome === 'invited'
          ? `Ideasi ${p.applicationTitle} haussa ${p.callTitle} sijoittui sijalle ${p.rank}, ja konsortionne on kutsuttu jättämään varsinainen hakemus ${f.dateTime(p.secondStageDeadline)} mennessä. Hakemus on valmiina ideasta jatkaen: konsortio ja tekstit on siirretty siihen.`
          : `Ideaasi ${p.applicationTitle} haussa ${p.callTitle} ei kutsuttu toiseen vaiheeseen: kutsun sai ${p.invited} parhaaksi arvioitua ideaa. Arvioinnin tulokset näet hakemuksesi sivulta.`,
    }),
    sv: (p, f) => ({
      title: p.outcome === 'invited' ? `Inbjudan till det andra steget: ${p.applicationTitle}` : `Din idé har bedömts: ${p.applicationTitle}`,
      body:
        p.outcome === 'invited'
          ? `Din idé ${p.applicationTitle} i utlysningen ${p.callTitle} rangordnades som nummer ${p.rank}, och ert konsortium är inbjudet att lämna en fullständig ansökan senast ${f.dateTime(p.secondStageDeadline)}. Ansökan är påbörjad utgående från idén: konsortiet och texterna har förts över.`
          : `Din idé ${p.applicationTitle} i utlysningen ${p.callTitle} bjöds inte in till det andra steget: inbjudan gick till de ${p.invited} idéer som bedömdes bäst. Bedömningens resultat finns på ansökans sida.`,
    }),
    en: (p, f) => ({
      title: p.outcome === 'invited' ? `Invited to the second stage: ${p.applicationTitle}` : `Your idea has been evaluated: ${p.applicationTitle}`,
      body:
        p.outcome === 'invited'
          ? `Your idea ${p.applicationTitle} to the call ${p.callTitle} ranked ${p.rank}, and your consortium is invited to send a full proposal by ${f.dateTime(p.secondStageDeadline)}. The proposal is started from the idea: the consortium and the texts are carried over.`
          : `Your idea ${p.applicationTitle} to the call ${p.callTitle} was not invited to the second stage: the invitation went to the ${p.invited} best-evaluated idea(s). The evaluation's results are on your application's page.`,
    }),
  },
};
