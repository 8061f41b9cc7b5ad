import ReactDOM from 'react-dom';
import { ContactsPage } from './ContactsPage';

ReactDOM.render(<ContactsPage />, document.getElementById('root'));
