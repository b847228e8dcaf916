import { defineMessages } from '@kokeilu/platform';

/** What funding tells its callers, by stable code, in every language. */
export const FUNDING_MESSAGES = defineMessages({
  'ranking.not_in_evaluation': {
    fi: 'Vain arvioitavana olevan haun voi asettaa paremmuusjärjestykseen.',
    sv: 'Endast en utlysning under bedömning kan rangordnas.',
    en: 'Only a call in evaluation can be ranked.',
  },
  'ranking.amended': {
    fi: 'Päättäjä on muuttanut rahoitusehdotusta; uusi järjestys kumoaisi muutokset.',
    sv: 'En beslutsfattare har ändrat finansieringsförslaget; en ny rangordning skulle upphäva ändringarna.',
    en: 'A decider has amended the proposal; ranking again would undo the amendments.',
  },
  'ranking.clarifications_open': {
    fi: 'Sijoitus odottaa avoimia täsmennyspyyntöjä: se alkaa, kun niihin on vastattu tai niiden määräaika on päättynyt.',
    sv: 'Rangordningen väntar på öppna förtydliganden: den börjar när de har besvarats eller deras svarstid har gått ut.',
    en: 'The ranking waits for open clarifications: it starts once they are answered or their deadline has passed.',
  },
  'ranking.nothing_aggregated': {
    fi: 'Yhdenkään tämän haun hakemuksen pisteitä ei ole vielä koottu.',
    sv: 'Poängen för ingen av utlysningens ansökningar har sammanställts än.',
    en: 'No application of this call has its scores aggregated yet.',
  },
  'proposal.missing': {
    fi: 'Haulla ei ole vielä rahoitusehdotusta.',
    sv: 'Utlysningen har inget finansieringsförslag än.',
    en: 'The call has no funding proposal yet.',
  },
  'proposal.decided': {
    fi: 'Rahoituspäätös on tehty, eikä ehdotusta voi enää muuttaa.',
    sv: 'Finansieringsbeslutet är fattat och förslaget kan inte längre ändras.',
    en: 'The funding decision is made, so the proposal can no longer be amended.',
  },
  'decision.already_decided': {
    fi: 'Tämän haun rahoituksesta on jo päätetty.',
    sv: 'Finansieringen i den här utlysningen är redan beslutad.',
    en: 'The funding of this call is already decided.',
  },
  'decision.no_proposal': {
    fi: 'Haulla ei ole vielä hyväksyttävää rahoitusehdotusta.',
    sv: 'Utlysningen har ännu inget finansieringsförslag att godkänna.',
    en: 'The call has no funding proposal to approve yet.',
  },
  'grant.not_funded': {
    fi: 'Vain rahoitettu hakemus voi luopua tuestaan.',
    sv: 'Endast en finansierad ansökan kan avstå från sitt stöd.',
    en: 'Only a funded application can decline its grant.',
  },
  'grant.none': {
    fi: 'Hakemuksella ei ole myönnettyä tukea.',
    sv: 'Ansökan har inget beviljat stöd.',
    en: 'The application holds no awarded grant.',
  },
  'consensus.not_aggregated': {
    fi: 'Konsensuspisteet kirjataan koottujen pisteiden hakemukselle ennen paremmuusjärjestystä.',
    sv: 'Konsensuspoäng registreras för en ansökan med sammanställda poäng innan rangordningen.',
    en: 'A consensus is recorded for an application with aggregated scores, before ranking.',
  },
  'consensus.not_needed': {
    fi: 'Tämän hakemuksen arviot eivät poikkea toisistaan, joten konsensusta ei tarvita.',
    sv: 'Bedömningarna av den här ansökan skiljer sig inte åt, så ingen konsensus behövs.',
    en: 'The reviews of this application do not diverge, so no consensus is needed.',
  },
});
