/**
 * Spanish wording, opt-in: `import 'health-contacts-elements/locales/es.js'` once, then any
 * element whose nearest `lang` is Spanish (`es`, `es-US`, …) speaks Spanish. Written the way
 * VA.gov's Spanish pages address people: plainly, with "usted".
 */
import { editorEs } from './editor-es.js';
import { registerEditorMessages } from './editor-registry.js';
import type { Messages } from './messages.js';
import { registerMessages } from './registry.js';

const ALGO_SALIO_MAL =
  'Lo sentimos. Algo salió mal en nuestro sistema. Actualice esta página o vuelva a intentarlo más tarde.';

export const es: Messages = {
  roles: {
    'emergency-primary': {
      heading: 'Contacto de emergencia principal',
      description: 'La primera persona con quien nos comunicaremos en caso de emergencia.',
      spoken: 'contacto de emergencia principal',
    },
    'emergency-secondary': {
      heading: 'Contacto de emergencia secundario',
      description: 'La persona con quien nos comunicaremos si su contacto principal no está disponible.',
      spoken: 'contacto de emergencia secundario',
    },
    'next-of-kin-primary': {
      heading: 'Familiar más cercano principal',
      description: 'La primera persona que usted quiere que represente sus deseos sobre su atención médica.',
      spoken: 'familiar más cercano principal',
    },
    'next-of-kin-secondary': {
      heading: 'Familiar más cercano secundario',
      description: 'La persona a quien consultaremos si su familiar más cercano principal no está disponible.',
      spoken: 'familiar más cercano secundario',
    },
  },
  unknownRole: { heading: 'Contacto', spoken: 'contacto' },
  call: (who, number) => `Llamar a su ${who} al ${number}`,
  callAlternate: (who, number) => `Llamar a su ${who} al teléfono alternativo ${number}`,
  edit: 'Editar',
  add: {
    emergency: { first: 'Agregar contacto de emergencia', secondary: 'Agregar contacto de emergencia secundario' },
    'next-of-kin': { first: 'Agregar familiar más cercano', secondary: 'Agregar familiar más cercano secundario' },
  },
  additionalInfoSummary: 'Cómo actualizar la información de sus contactos personales para su atención médica',
  additionalInfoBefore:
    'Si esta información no es correcta, hable con un miembro del personal en su próxima cita o',
  additionalInfoStrong: 'comuníquese con su centro de salud de VA',
  findFacility: 'Busque el número de teléfono de su centro de salud',
  emergencyHeading: 'Contactos para emergencias médicas',
  emergencyDescription: 'Las personas con quienes nos comunicaremos en caso de emergencia.',
  emergencyEmpty: 'Para agregar un contacto de emergencia, llame a su centro de salud de VA.',
  nextOfKinHeading: 'Contactos de familiares más cercanos',
  nextOfKinDescription:
    'Las personas que usted quiere que representen sus deseos sobre su atención médica, si es necesario.',
  nextOfKinEmpty: 'Para agregar un familiar más cercano, llame a su centro de salud de VA.',
  nonPatient: 'Nuestros registros indican que usted no recibe actualmente beneficios de atención médica de VA.',
  nonPatientLink: 'Obtenga información sobre los beneficios de atención médica de VA',
  loading: 'Espere, por favor…',
  contactsLoaded: (emergency, nextOfKin) =>
    `Contactos cargados: ${emergency} ${emergency === 1 ? 'contacto' : 'contactos'} de emergencia, ${nextOfKin} ${
      nextOfKin === 1 ? 'familiar más cercano' : 'familiares más cercanos'
    }.`,
  noContacts: 'No hay contactos registrados.',
  errorHeading: 'Esta página no está disponible en este momento.',
  errorBody: {
    server: ALGO_SALIO_MAL,
    'invalid-response': ALGO_SALIO_MAL,
    internal: ALGO_SALIO_MAL,
    network:
      'Lo sentimos. No pudimos comunicarnos con nuestros servidores. Revise su conexión y luego actualice esta página o vuelva a intentarlo más tarde.',
    timeout:
      'Lo sentimos. Esto está tardando más de lo normal. Actualice esta página o vuelva a intentarlo más tarde.',
    unauthorized: 'Lo sentimos. Es posible que su sesión haya terminado. Vuelva a iniciar sesión para ver sus contactos.',
    forbidden:
      'Lo sentimos. No podemos mostrarle estos contactos. Si cree que se trata de un error, llame a su centro de salud de VA.',
  },
  tryAgain: 'Intentar de nuevo',
};

// The editor's first, so that elements rendering again on the news find both.
registerEditorMessages('es', editorEs);
registerMessages('es', es);
