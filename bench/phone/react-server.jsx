// The server half of the React server-rendered page: the same components, to a string.
import { renderToString } from 'react-dom/server';
import { App } from '../react/contacts.jsx';

export const renderReact = (contacts) => renderToString(<App contacts={contacts} />);
