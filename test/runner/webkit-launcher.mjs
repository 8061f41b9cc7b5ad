import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { PNG } from 'pngjs';

/** WebKitGTK's WebDriver server: `$WEBKIT_WEBDRIVER_PATH`, else Debian's (package webkit2gtk-driver). */
export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** The browser it drives: `$WEBKIT_BROWSER_PATH`, else Debian's MiniBrowser (package libwebkit2gtk-4.1-0). */
export const webkitBrowserPath =
  process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A port nobody listens on, unless `$WEBKIT_WEBDRIVER_PORT` names one. */
export async function driverPort() {
  if (process.env.WEBKIT_WEBDRIVER_PORT) return Number(process.env.WEBKIT_WEBDRIVER_PORT);
  const server = createServer();
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address();
  await new Promise((closed) => server.close(closed));
  return port;
}

/** Whether something accepts connections on the port. */
const accepts = (port) =>
  new Promise((answered) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      answered(true);
    });
    socket.on('error', () => answered(false));
  });

/**
 * WebKitGTK paints with Skia on the GPU unless told otherwise, and there a rounded border's
 * anti-aliased corner pixels vary from one paint to the next on a busy machine (a 1-pixel
 * difference in one of the visual baselines, about one run in three under load). Skia's CPU
 * rasteriser paints the same pixels every time.
 */
const SAME_PIXELS_EVERY_PAINT = { WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1' };

/**
 * Starts WebKitWebDriver on a virtual display (MiniBrowser needs one, even for tests) and resolves
 * once it accepts connections. `stop()` ends it together with its display. With `samePixels`, the
 * browsers it starts paint the same pixels every time (for screenshots compared with baselines).
 */
export async function startWebKitWebDriver(port, { samePixels = false } = {}) {
  if (await accepts(port)) throw new Error(`Port ${port} is taken: WebKitWebDriver needs a free one.`);
  // Its own process group, so that stopping it also stops the display server xvfb-run started.
  const child = spawn('xvfb-run', ['-a', webkitDriverPath, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: samePixels ? { ...process.env, ...SAME_PIXELS_EVERY_PAINT } : process.env,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once('exit', done));
  const endGroup = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', endGroup);

  const deadline = Date.now() + 20_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      endGroup();
      throw new Error(`WebKitWebDriver did not start on port ${port}:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    async stop() {
      endGroup();
      await exited;
      process.off('exit', endGroup);
    },
  };
}

/** The webdriver launcher, starting and ending its own WebKitWebDriver, named "WebKit" in the summary. */
class WebKitLauncher extends WebdriverLauncher {
  #driver;
  #windowSize;
  #samePixels;

  constructor(options, { windowSize, samePixels }) {
    super(options);
    this.#windowSize = windowSize;
    this.#samePixels = samePixels;
  }

  async initialize(config) {
    this.options.port = await driverPort();
    this.#driver = await startWebKitWebDriver(this.options.port, { samePixels: this.#samePixels });
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    // Screenshots are clipped to the window: the visual baselines ask for a large one.
    if (this.#windowSize) await this.driver.setWindowSize(this.#windowSize.width, this.#windowSize.height);
    return manager;
  }

  /**
   * A screenshot of the element the `locator` script returns. WebKitGTK's own element screenshots
   * come out black on a virtual display (it reads the element's rectangle from the bottom of the
   * window up); its window screenshots are right: this one is cut from a window screenshot.
   */
  async takeScreenshot(_, locator) {
    const [left, top, width, height, scale] = await this.driver.execute(`
      var box = (function () { ${locator} })().getBoundingClientRect();
      return [box.left, box.top, box.width, box.height, window.devicePixelRatio];`);
    const whole = PNG.sync.read(Buffer.from(await this.driver.takeScreenshot(), 'base64'));
    const [x, y, w, h] = [left, top, width, height].map((value) => Math.round(value * scale));
    if (x < 0 || y < 0 || x + w > whole.width || y + h > whole.height) {
      throw new Error(`The element (${w} × ${h} at ${x}, ${y}) does not fit in the ${whole.width} × ${whole.height} window: make the window larger.`);
    }
    const element = new PNG({ width: w, height: h });
    PNG.bitblt(whole, element, x, y, w, h, 0, 0);
    return PNG.sync.write(element);
  }

  async stop() {
    await super.stop();
    await this.#driver?.stop();
  }
}

/**
 * WebKitGTK's MiniBrowser (the Safari engine) for the browser suite; `windowSize` `{ width, height }`
 * sets its window's, `samePixels` makes its painting repeatable (see startWebKitWebDriver).
 */
export function webkitLauncher({ windowSize, samePixels = false } = {}) {
  return new WebKitLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    path: '/',
    capabilities: {
      'webkitgtk:browserOptions': { binary: webkitBrowserPath, args: ['--automation'] },
    },
  }, { windowSize, samePixels });
}
