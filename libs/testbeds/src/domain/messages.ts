import { defineMessages } from '@kokeilu/platform';

/** What test beds tell their callers, by stable code, in every language. */
export const TESTBED_MESSAGES = defineMessages({
  'testbed.publish.published': {
    fi: 'Testiympäristö on jo julkaistu.',
    sv: 'Testmiljön är redan publicerad.',
    en: 'The test bed is already published.',
  },
  'testbed.publish.archived': {
    fi: 'Arkistoitua testiympäristöä ei voi julkaista uudelleen.',
    sv: 'En arkiverad testmiljö kan inte publiceras igen.',
    en: 'An archived test bed cannot be published again.',
  },
  'testbed.archive.archived': {
    fi: 'Testiympäristö on jo arkistoitu.',
    sv: 'Testmiljön är redan arkiverad.',
    en: 'The test bed is already archived.',
  },
  'testbed.archived': {
    fi: 'Arkistoitua testiympäristöä ei voi enää muuttaa.',
    sv: 'En arkiverad testmiljö kan inte längre ändras.',
    en: 'An archived test bed can no longer be changed.',
  },
  'testbed.incomplete': {
    fi: 'Testiympäristöä ei voi vielä julkaista: täydennä kentät {fields}.',
    sv: 'Testmiljön kan inte publiceras än: komplettera fälten {fields}.',
    en: 'The test bed cannot be published yet: complete the fields {fields}.',
  },
  'testbed.must_stay_complete': {
    fi: 'Julkaistun testiympäristön tietojen on pysyttävä täydellisinä: täydennä kentät {fields}.',
    sv: 'En publicerad testmiljö måste förbli fullständig: komplettera fälten {fields}.',
    en: 'A published test bed must stay complete: complete the fields {fields}.',
  },
  'testbed.invalid_input': {
    fi: 'Tarkista kentät {fields}.',
    sv: 'Kontrollera fälten {fields}.',
    en: 'Check the fields {fields}.',
  },
  'testbed.no_such_city': {
    fi: 'Tällaista kaupunkia ei ole.',
    sv: 'Det finns ingen sådan stad.',
    en: 'There is no such city.',
  },
  'testbed.stale_version': {
    fi: 'Testiympäristöä on muutettu version {version} jälkeen; nykyinen versio on {current}.',
    sv: 'Testmiljön har ändrats sedan version {version}; den nuvarande versionen är {current}.',
    en: 'The test bed has changed since version {version}; the current version is {current}.',
  },
});

export type TestbedMessageCode = keyof typeof TESTBED_MESSAGES;
