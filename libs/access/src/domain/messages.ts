import { defineMessages, type Sentence } from '@kokeilu/platform';
import type { Action } from './policy.js';

/**
 * What a caller is told when the policy refuses an action (403), one sentence per action in every
 * language. The problem's `messageCode` is `forbidden.<action>`.
 */
export const FORBIDDEN_MESSAGES: Record<Action, Sentence> = {
  'application.redress.read': {
    fi: 'Vain hakemuksen konsortio ja hakua hoitavat koordinaattorit voivat nähdä sen oikaisupyynnön.',
    sv: 'Endast ansökans konsortium och de koordinatorer som sköter utlysningen får se dess begäran om omprövning.',
    en: "Only the application's consortium and the coordinators who run the call may see its redress request.",
  },
  'application.redress.request': {
    fi: 'Vain hakijaorganisaation jäsenet voivat pyytää oikaisua.',
    sv: 'Endast medlemmar i den sökande organisationen får begära omprövning.',
    en: 'Only members of the lead organisation may request a redress.',
  },
  'call.redress.manage': {
    fi: 'Vain hakua hoitavat koordinaattorit voivat käsitellä sen oikaisupyyntöjä.',
    sv: 'Endast de koordinatorer som sköter utlysningen får handlägga dess begäranden om omprövning.',
    en: "Only the coordinators who run the call may handle its redress requests.",
  },
  'redress.read': {
    fi: 'Sinulla ei ole oikeutta nähdä tätä oikaisupyyntöä.',
    sv: 'Du får inte se denna begäran om omprövning.',
    en: 'You may not see this redress request.',
  },
  'redress.decide': {
    fi: 'Vain nimetty käsittelijä voi kirjata oikaisupyynnön ratkaisun.',
    sv: 'Endast den utsedda granskaren får registrera avgörandet av begäran om omprövning.',
    en: 'Only the appointed reviewer may record the outcome of the redress request.',
  },
  'organisation.create': {
    fi: 'Sinulla ei ole oikeutta luoda organisaatioita.',
    sv: 'Du får inte skapa organisationer.',
    en: 'You may not create organisations.',
  },
  'organisation.read': {
    fi: 'Sinulla ei ole oikeutta nähdä tätä organisaatiota.',
    sv: 'Du får inte se den här organisationen.',
    en: 'You may not see this organisation.',
  },
  'organisation.update': {
    fi: 'Vain organisaation omistajat voivat muokata sen tietoja.',
    sv: 'Endast organisationens ägare får ändra dess uppgifter.',
    en: "Only the organisation's owners may change its details.",
  },
  'organisation.members.read': {
    fi: 'Sinulla ei ole oikeutta nähdä tämän organisaation jäseniä.',
    sv: 'Du får inte se den här organisationens medlemmar.',
    en: "You may not see this organisation's members.",
  },
  'organisation.members.manage': {
    fi: 'Vain organisaation omistajat voivat hallita sen jäseniä.',
    sv: 'Endast organisationens ägare får hantera dess medlemmar.',
    en: "Only the organisation's owners may manage its members.",
  },
  'organisation.verify': {
    fi: 'Vain koordinaattorit ja ylläpitäjät voivat vahvistaa organisaation tunnisteen.',
    sv: 'Endast koordinatorer och administratörer får verifiera en organisations identitet.',
    en: "Only coordinators and admins may verify an organisation's identity.",
  },
  'organisation.claims.manage': {
    fi: 'Vain koordinaattorit ja ylläpitäjät voivat käsitellä Y-tunnusten vaateita.',
    sv: 'Endast koordinatorer och administratörer får hantera anspråk på FO-nummer.',
    en: 'Only coordinators and admins may handle claims on business IDs.',
  },
  'city.create': {
    fi: 'Vain ylläpitäjät voivat lisätä kaupunkeja.',
    sv: 'Endast administratörer får lägga till städer.',
    en: 'Only admins may add cities.',
  },
  'role.manage': {
    fi: 'Vain ylläpitäjät voivat myöntää ja poistaa rooleja.',
    sv: 'Endast administratörer får ge och ta bort roller.',
    en: 'Only admins may grant and remove roles.',
  },
  'user.list': {
    fi: 'Vain ylläpitäjät voivat selata käyttäjiä.',
    sv: 'Endast administratörer får bläddra bland användarna.',
    en: 'Only admins may list the users.',
  },
  'queues.inspect': {
    fi: 'Vain ylläpitäjät voivat tarkastella taustatöiden jonoja.',
    sv: 'Endast administratörer får granska bakgrundsjobbens köer.',
    en: 'Only admins may inspect the job queues.',
  },
  'audit.read': {
    fi: 'Sinulla ei ole oikeutta lukea tätä muutoshistoriaa.',
    sv: 'Du får inte läsa den här ändringshistoriken.',
    en: 'You may not read this audit trail.',
  },
  'testbed.create': {
    fi: 'Vain kaupungin koordinaattorit voivat lisätä sen testiympäristöjä.',
    sv: 'Endast stadens koordinatorer får lägga till dess testmiljöer.',
    en: "Only the city's coordinators may add its test beds.",
  },
  'testbed.read': {
    fi: 'Sinulla ei ole oikeutta nähdä tätä testiympäristöä.',
    sv: 'Du får inte se den här testmiljön.',
    en: 'You may not see this test bed.',
  },
  'testbed.manage': {
    fi: 'Vain testiympäristön kaupungin koordinaattorit voivat muuttaa sitä.',
    sv: 'Endast koordinatorerna i testmiljöns stad får ändra den.',
    en: "Only the coordinators of the test bed's city may change it.",
  },
  'decider.list': {
    fi: 'Vain koordinaattorit ja ylläpitäjät voivat nähdä päättäjien luettelon.',
    sv: 'Endast koordinatorer och administratörer får se förteckningen över beslutsfattare.',
    en: 'Only coordinators and admins may see the list of deciders.',
  },
  'testbed.city.list': {
    fi: 'Vain kaupungin koordinaattorit voivat nähdä kaikki sen testiympäristöt luonnoksineen.',
    sv: 'Endast stadens koordinatorer får se alla dess testmiljöer, utkast inräknade.',
    en: "Only the city's coordinators may see all its test beds, drafts included.",
  },
  'booking.request': {
    fi: 'Vain organisaation jäsenet voivat varata testiympäristöjä sen nimissä.',
    sv: 'Endast organisationens medlemmar får boka testmiljöer i dess namn.',
    en: "Only the organisation's members may book test beds in its name.",
  },
  'booking.read': {
    fi: 'Sinulla ei ole oikeutta nähdä tätä varausta.',
    sv: 'Du får inte se den här bokningen.',
    en: 'You may not see this booking.',
  },
  'booking.decide': {
    fi: 'Et voi päättää varauksista: ne hyväksyy tai hylkää testiympäristön kaupunki.',
    sv: 'Du får inte besluta om bokningar: testmiljöns stad godkänner eller avböjer dem.',
    en: "You may not decide on bookings: the test bed's city approves or declines them.",
  },
  'booking.cancel': {
    fi: 'Sinulla ei ole oikeutta perua tätä varausta.',
    sv: 'Du får inte avboka den här bokningen.',
    en: 'You may not cancel this booking.',
  },
  'booking.city.list': {
    fi: 'Vain kaupunkien koordinaattorit voivat selata kaupunkinsa varauksia.',
    sv: 'Endast städernas koordinatorer får bläddra bland sin stads bokningar.',
    en: "Only city coordinators may list their city's bookings.",
  },
  'call.create': {
    fi: 'Vain kaupungin koordinaattorit voivat luoda sen hakuja, ja kansallisia hakuja vain ylläpitäjät.',
    sv: 'Endast stadens koordinatorer får skapa dess utlysningar, och nationella utlysningar endast administratörer.',
    en: "Only the city's coordinators may create its calls, and only admins national calls.",
  },
  'call.read': {
    fi: 'Sinulla ei ole oikeutta nähdä tätä hakua.',
    sv: 'Du får inte se den här utlysningen.',
    en: 'You may not see this call.',
  },
  'call.manage': {
    fi: 'Vain hakua hoitavat koordinaattorit voivat muuttaa sitä.',
    sv: 'Endast de koordinatorer som sköter utlysningen får ändra den.',
    en: 'Only the coordinators who run the call may change it.',
  },
  'application.create': {
    fi: 'Vain organisaation jäsenet voivat tehdä hakemuksia sen nimissä.',
    sv: 'Endast organisationens medlemmar får göra ansökningar i dess namn.',
    en: "Only the organisation's members may write applications in its name.",
  },
  'application.read': {
    fi: 'Sinulla ei ole oikeutta nähdä tätä hakemusta.',
    sv: 'Du får inte se den här ansökan.',
    en: 'You may not see this application.',
  },
  'application.update': {
    fi: 'Vain päähakija voi muuttaa hakemusta.',
    sv: 'Endast den huvudsökande får ändra ansökan.',
    en: 'Only the lead applicant may change the application.',
  },
  'application.precheck': {
    fi: 'Vain hakemuksen konsortio voi tarkistaa sen tukikelpoisuuden ennakkoon.',
    sv: 'Endast ansökans konsortium får förhandsgranska dess stödberättigande.',
    en: "Only the application's consortium may pre-check its eligibility.",
  },
  'application.partner.accept': {
    fi: 'Vain kutsutun organisaation omistaja voi hyväksyä kumppanuuskutsun.',
    sv: 'Endast en ägare till den inbjudna organisationen får godta inbjudan att bli partner.',
    en: 'Only an owner of the invited organisation may accept the invitation to partner.',
  },
  'application.partner.leave': {
    fi: 'Vain organisaation omistaja voi irrottaa sen konsortiosta.',
    sv: 'Endast en ägare till organisationen får ta den ur konsortiet.',
    en: 'Only an owner of the organisation may take it out of the consortium.',
  },
  'call.applications.read': {
    fi: 'Vain hakua hoitavat koordinaattorit ja sen päättäjät voivat nähdä sen hakemukset.',
    sv: 'Endast de koordinatorer som sköter utlysningen och dess beslutsfattare får se dess ansökningar.',
    en: "Only the coordinators who run the call and its deciders may see its applications.",
  },
  'call.extension.grant': {
    fi: 'Vain hakua hoitavat koordinaattorit voivat pidentää sen määräaikaa.',
    sv: 'Endast de koordinatorer som sköter utlysningen får förlänga dess tidsfrist.',
    en: 'Only the coordinators who run the call may extend its deadline.',
  },
  'call.evaluators.manage': {
    fi: 'Vain hakua hoitavat koordinaattorit voivat hallita sen arvioijia.',
    sv: 'Endast de koordinatorer som sköter utlysningen får hantera dess bedömare.',
    en: 'Only the coordinators who run the call may manage its evaluators.',
  },
  'call.evaluators.search': {
    fi: 'Vain hakua hoitavat koordinaattorit voivat hakea sen arvioijapooliin uusia arvioijia.',
    sv: 'Endast de koordinatorer som sköter utlysningen får söka nya bedömare till dess bedömarpool.',
    en: 'Only the coordinators who run the call may search for evaluators to add to its pool.',
  },
  'call.evaluation.read': {
    fi: 'Vain hakua hoitavat koordinaattorit ja sen päättäjät voivat nähdä sen arvioinnin.',
    sv: 'Endast de koordinatorer som sköter utlysningen och dess beslutsfattare får se dess bedömning.',
    en: "Only the coordinators who run the call and its deciders may see its evaluation.",
  },
  'call.dashboard.read': {
    fi: 'Vain hakua hoitavat koordinaattorit voivat nähdä sen koontinäkymän.',
    sv: 'Endast de koordinatorer som sköter utlysningen får se dess översikt.',
    en: 'Only the coordinators who run the call may see its dashboard.',
  },
  'city.dashboard.read': {
    fi: 'Vain kaupungin koordinaattorit voivat nähdä sen koontinäkymän.',
    sv: 'Endast stadens koordinatorer får se dess översikt.',
    en: "Only the city's coordinators may see its dashboard.",
  },
  'call.results.read': {
    fi: 'Haun tulokset julkaistaan, kun sen rahoituspäätös on tehty.',
    sv: 'Utlysningens resultat publiceras när dess finansieringsbeslut har fattats.',
    en: "The call's results are published once its funding decision is made.",
  },
  'alert.create': {
    fi: 'Kirjaudu sisään tallentaaksesi haun.',
    sv: 'Logga in för att spara en sökning.',
    en: 'Sign in to save a search.',
  },
  'alert.manage': {
    fi: 'Vain haun tallentanut käyttäjä voi muuttaa sitä.',
    sv: 'Endast den som sparade sökningen kan ändra den.',
    en: 'Only the user who saved the search may change it.',
  },
  'personal_data.export': {
    fi: 'Vain käyttäjä itse voi pyytää ja ladata omat tietonsa.',
    sv: 'Endast användaren själv kan begära och ladda ner sina egna uppgifter.',
    en: 'Only the user themselves may ask for and download their data.',
  },
  'personal_data.erase': {
    fi: 'Vain käyttäjä itse voi pyytää tietojensa poistamista.',
    sv: 'Endast användaren själv kan begära att hens uppgifter raderas.',
    en: 'Only the user themselves may ask to be forgotten.',
  },
  'call.calibration.read': {
    fi: 'Vain hakua hoitavat koordinaattorit voivat nähdä arvioijien kalibroinnin.',
    sv: 'Endast de koordinatorer som sköter utlysningen får se bedömarnas kalibrering.',
    en: "Only the coordinators who run the call may see its evaluators' calibration.",
  },
  'call.ranking_basis.set': {
    fi: 'Vain hakua hoitavat koordinaattorit voivat valita, sijoitetaanko raaka- vai kalibroiduilla pisteillä.',
    sv: 'Endast de koordinatorer som sköter utlysningen får välja om rangordningen görs med råa eller kalibrerade poäng.',
    en: 'Only the coordinators who run the call may choose whether it ranks by raw or calibrated totals.',
  },
  'call.funding.decide': {
    fi: 'Vain haun päättäjät voivat päättää sen rahoituksesta.',
    sv: 'Endast utlysningens beslutsfattare får besluta om dess finansiering.',
    en: "Only the call's deciders may decide on its funding.",
  },
  'conflict.declare': {
    fi: 'Vain arvioijat voivat ilmoittaa esteellisyydestä.',
    sv: 'Endast bedömare får anmäla jäv.',
    en: 'Only evaluators may declare conflicts of interest.',
  },
  'review.read': {
    fi: 'Arviota ei voi lukea ennen kuin arvioija on lähettänyt sen.',
    sv: 'Bedömningen kan inte läsas innan bedömaren har lämnat in den.',
    en: 'The review cannot be read before its evaluator has submitted it.',
  },
  'review.write': {
    fi: 'Vain arvioon määrätty arvioija voi kirjoittaa sen.',
    sv: 'Endast den bedömare som tilldelats bedömningen får skriva den.',
    en: 'Only the evaluator assigned to the review may write it.',
  },
  'application.outcome.read': {
    fi: 'Hakemuksen tulokset näkyvät konsortiolle vasta, kun haun rahoituspäätös on julkaistu.',
    sv: 'Ansökans resultat visas för konsortiet först när utlysningens finansieringsbeslut har publicerats.',
    en: "The application's outcome shows to its consortium once the call's funding decision is public.",
  },
  'pilot.report': {
    fi: 'Vain pilotin konsortio voi raportoida siitä.',
    sv: 'Endast pilotprojektets konsortium får rapportera om det.',
    en: "Only the pilot's consortium may report on it.",
  },
  'pilot.review': {
    fi: 'Vain haun kaupunki voi hyväksyä tai palauttaa pilotin raportit.',
    sv: 'Endast utlysningens stad får godkänna eller returnera pilotprojektets rapporter.',
    en: "Only the call's city may accept or return the pilot's reports.",
  },
  'clarification.read': {
    fi: 'Vain haun koordinaattorit, hakijakonsortio ja hakemuksen arvioijat voivat nähdä sen täsmennyspyynnöt.',
    sv: 'Endast utlysningens koordinatorer, det sökande konsortiet och ansökans bedömare får se dess förtydliganden.',
    en: "Only the call's coordinators, the consortium and the application's evaluators may see its clarifications.",
  },
  'clarification.ask': {
    fi: 'Vain haun koordinaattori voi pyytää hakijalta täsmennystä.',
    sv: 'Endast utlysningens koordinator får be sökanden om ett förtydligande.',
    en: "Only the call's coordinator may ask the consortium for a clarification.",
  },
  'clarification.answer': {
    fi: 'Vain hakijakonsortion jäsenet voivat vastata täsmennyspyyntöön.',
    sv: 'Endast medlemmar i det sökande konsortiet får svara på ett förtydligande.',
    en: 'Only members of the consortium may answer a clarification.',
  },
  'clarification.suggest': {
    fi: 'Vain hakemukselle määrätyt arvioijat voivat ehdottaa kysymystä.',
    sv: 'Endast de bedömare som tilldelats ansökan får föreslå en fråga.',
    en: 'Only the evaluators assigned to the application may suggest a question.',
  },
  'clarification.suggestions.read': {
    fi: 'Vain haun koordinaattorit ja hakemuksen arvioijat voivat nähdä ehdotetut kysymykset.',
    sv: 'Endast utlysningens koordinatorer och ansökans bedömare får se de föreslagna frågorna.',
    en: "Only the call's coordinators and the application's evaluators may see the suggested questions.",
  },
};

/** The access layer's other refusals. */
export const ACCESS_MESSAGES = defineMessages({
  'access.sign_in': {
    fi: 'Kirjaudu sisään tehdäksesi tämän.',
    sv: 'Logga in för att göra det här.',
    en: 'Sign in to do this.',
  },
  'access.token_required': {
    fi: 'Tämä vaatii voimassa olevan pääsytunnisteen: kirjaudu sisään.',
    sv: 'Det här kräver en giltig åtkomsttoken: logga in.',
    en: 'This needs a valid access token: sign in.',
  },
  'access.email_unverified': {
    fi: 'Vahvista ensin sähköpostiosoitteesi vahvistusviestin linkillä tai koodilla (POST /api/v1/auth/verify-email) tai pyydä uusi viesti (POST /api/v1/auth/verify-email/resend).',
    sv: 'Bekräfta först din e-postadress med länken eller koden i bekräftelsemeddelandet (POST /api/v1/auth/verify-email) eller be om ett nytt meddelande (POST /api/v1/auth/verify-email/resend).',
    en: 'Verify your e-mail address first with the link or the code of the verification e-mail (POST /api/v1/auth/verify-email), or ask for a new one (POST /api/v1/auth/verify-email/resend).',
  },
});
