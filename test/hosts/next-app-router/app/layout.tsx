import type { ReactNode } from 'react';

export const metadata = { title: 'Health care contacts', icons: 'data:,' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
