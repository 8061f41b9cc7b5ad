import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { firefoxLaunchOptions } from './firefox.mjs';

/**
 * Firefox for the browser suite: the Chrome launcher's page handling with puppeteer-core, which
 * starts Firefox over WebDriver BiDi. The summary names it "Firefox".
 */
export function firefoxLauncher() {
  return chromeLauncher({ launchOptions: firefoxLaunchOptions, puppeteer });
}
