package vn.haiphong.showcase.testing;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a page in the test browser is still doing, seen from inside it, so that tests wait for a
 * state instead of a time: whether its {@code load} event has fired, which requests it has in
 * flight (fetch, XMLHttpRequest, pictures a script asked for), how often it has drawn with WebGL,
 * when it last rewrote its address, and how many animation frames have gone by. A script that
 * {@link #install}s on every new document keeps the counts ({@code window.__activity}); every
 * browser from {@link Chromium#start} has it, in every frame.
 */
public final class PageActivity {
    /** How long a test waits for a page to reach a state: long, since a busy 2-core machine is slow. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /**
     * The viewer writes the view into the address this long after the view moves, at most
     * ({@code hashTimer} in src/main/js/exhibition/viewer.js).
     */
    static final int HASH_DELAY_MS = 300;

    // Runs before the page's own scripts. Requests are counted until their whole body has come
    // (a fetch through a clone of its response); pictures are those whose src a script sets (the
    // viewer's tiles, a still), which document.images does not list when they are not in the page.
    private static final String INSTRUMENT = """
            (() => {
              if (window.__activity) return;
              const a = window.__activity = {loaded: false, requests: 0, pictures: new Set(), draws: 0,
                lastDraw: -1, lastAddressWrite: -1};
              addEventListener('load', () => { a.loaded = true; }, {once: true});
              const done = () => { a.requests--; };
              if (window.fetch) {
                const fetch0 = window.fetch;
                window.fetch = function (...args) {
                  a.requests++;
                  let p;
                  try {
                    p = fetch0.apply(this, args);
                  } catch (e) {
                    done();
                    throw e;
                  }
                  p.then(r => r.clone().arrayBuffer().then(done, done), done);
                  return p;
                };
              }
              const send0 = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                a.requests++;
                this.addEventListener('loadend', done, {once: true});
                try {
                  return send0.apply(this, args);
                } catch (e) {
                  this.removeEventListener('loadend', done);
                  done();
                  throw e;
                }
              };
              const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
              Object.defineProperty(HTMLImageElement.prototype, 'src', {
                configurable: true, enumerable: src.enumerable, get: src.get,
                set(v) { src.set.call(this, v); a.pictures.add(this); }
              });
              for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
                for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
                  const draw = C && C.prototype[name];
                  if (typeof draw === 'function') {
                    C.prototype[name] = function (...args) {
                      a.draws++;
                      a.lastDraw = performance.now();
                      return draw.apply(this, args);
                    };
                  }
                }
              }
              for (const name of ['replaceState', 'pushState']) {
                const write = History.prototype[name];
                History.prototype[name] = function (...args) {
                  const r = write.apply(this, args);
                  a.lastAddressWrite = performance.now();
                  return r;
                };
              }
              addEventListener('hashchange', () => { a.lastAddressWrite = performance.now(); });
              a.pending = () => {
                for (const p of a.pictures) {
                  if (p.complete || p.loading === 'lazy') a.pictures.delete(p);
                }
                return a.requests + a.pictures.size
                  + Array.from(document.images).filter(i => !i.complete && i.loading !== 'lazy').length;
              };
            })();""";

    /**
     * Lets {@code frames} animation frames go by in the page (its own requestAnimationFrame
     * callbacks, so a slow machine takes longer, never fewer frames) and tells what happened
     * meanwhile: {@code draws}, the WebGL draw calls, and {@code pending}, the requests in flight at
     * the end.
     */
    private static final String FRAMES = """
            const frames = arguments[0], finish = arguments[arguments.length - 1];
            const a = window.__activity;
            const draws = a.draws;
            let n = 0;
            const step = () => {
              if (++n < frames) {
                requestAnimationFrame(step);
              } else {
                finish({draws: a.draws - draws, pending: a.pending()});
              }
            };
            requestAnimationFrame(step);""";

    /**
     * One look at whether the page has settled: its load event has fired, then an idle callback
     * ran, and by then nothing was in flight (requests, pictures, fonts) and no resource had been
     * added to the performance timeline since the look began.
     */
    private static final String SETTLED = """
            const finish = arguments[arguments.length - 1];
            const a = window.__activity;
            if (!a || !a.loaded) {
              finish(false);
              return;
            }
            const resources = () => performance.getEntriesByType('resource').length;
            const before = resources();
            requestIdleCallback(() => {
              finish(a.pending() === 0 && document.fonts.status === 'loaded' && resources() === before);
            });""";

    /**
     * One look at whether the page shows what it will keep showing: loaded, fonts in, every
     * picture on screen complete and no finite CSS animation or transition running; then two
     * frames so that this is what is painted.
     */
    private static final String STILL = """
            const finish = arguments[arguments.length - 1];
            const a = window.__activity;
            const onScreen = (e) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
            };
            if (!a || !a.loaded || document.fonts.status !== 'loaded'
                || Array.from(document.images).some(i => !i.complete && onScreen(i))
                || document.getAnimations().some(x => x.playState === 'running' && x.effect
                    && x.effect.getComputedTiming().endTime !== Infinity)) {
              finish(false);
              return;
            }
            requestAnimationFrame(() => requestAnimationFrame(() => finish(true)));""";

    private PageActivity() {
    }

    /** Has every new document of {@code driver}, in every frame, keep the counts this class reads. */
    public static void install(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", INSTRUMENT));
    }

    /** What the page did during some animation frames. */
    public record Frames(long draws, long pending) {
    }

    /** Lets {@code frames} animation frames of the page go by; returns what it did meanwhile. */
    public static Frames frames(WebDriver driver, int frames) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(FRAMES, frames);
        return new Frames(((Number) r.get("draws")).longValue(), ((Number) r.get("pending")).longValue());
    }

    /**
     * Waits until the page has settled: its load event has fired, an idle callback ran after it,
     * nothing it asked for is still coming and the resources it has asked for stay the same over
     * that idle callback. Anything the page would fetch on its own by then has been asked for.
     */
    public static void waitSettled(WebDriver driver) {
        new WebDriverWait(driver, PATIENCE).withMessage("the page did not settle (load, idle, nothing in flight)")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(SETTLED)));
    }

    /** Waits until the page shows what it will keep showing (for a screenshot people look at). */
    public static void waitStill(WebDriver driver) {
        new WebDriverWait(driver, PATIENCE).withMessage("the page kept loading pictures or animating")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeAsyncScript(STILL)));
    }

    /**
     * Whether the address has caught up with the view, for a view that has stopped drawing:
     * looked at in an idle callback, which runs only once every timer that is due has run, it was
     * rewritten after the last WebGL drawing, or the viewer's hash delay had passed since that
     * drawing, so the viewer's timer for the last move had come due and written it.
     */
    public static boolean addressCaughtUp(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeAsyncScript("""
                const delay = arguments[0], finish = arguments[arguments.length - 1];
                const a = window.__activity;
                requestIdleCallback(() => finish(a.lastAddressWrite > a.lastDraw || performance.now() - a.lastDraw > delay));""",
                HASH_DELAY_MS));
    }
}
