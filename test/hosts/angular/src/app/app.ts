import { Component } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';

@Component({
  selector: 'app-root',
  imports: [RouterLink, RouterOutlet],
  template: `
    <nav>
      <a id="to-client-rendered" routerLink="/">Rendered in the browser</a>
      <a id="to-server-rendered" routerLink="/ssr">Rendered on the server</a>
    </nav>
    <router-outlet />
  `,
})
export class App {}
