namespace FactCheck.Benchmarks.Browser;

/// <summary>
/// The scripts the page benchmark runs inside the report. Every time is taken in the page with <c>performance.now()</c>,
/// so the round trips between this process and Chromium are not counted.
/// </summary>
internal static class PageScripts
{
    /// <summary>The selector of a claim card, the element whose first rendering ends the page's load.</summary>
    public const string ClaimCard = "article.claim";

    /// <summary>The controls the benchmark drives, by id.</summary>
    public static readonly string[] ControlIds = ["filter-verdict", "filter-text", "filter-status"];

    /// <summary>
    /// Runs before the page's own scripts: records, on the first animation frame where a claim card has a layout box, the
    /// time since navigation start. Polling once a frame rather than observing mutations keeps the parser of a
    /// 300,000-element page free of an observer.
    /// </summary>
    public const string RecordFirstCard = """
        (() => {
          const poll = () => {
            const card = document.querySelector('article.claim');
            if (card !== null && card.getBoundingClientRect().height > 0) {
              window.__factCheckFirstCard = performance.now();
            } else {
              requestAnimationFrame(poll);
            }
          };
          requestAnimationFrame(poll);
        })();
        """;

    /// <summary>
    /// After the <c>load</c> event: waits for the first card's frame, then returns the navigation timing (milliseconds from
    /// navigation start), the card's time and the number of elements; <c>null</c> when no card is rendered in time.
    /// </summary>
    public const string ReadLoad = """
        async (timeoutMs) => {
          const deadline = performance.now() + timeoutMs;
          while (window.__factCheckFirstCard === undefined) {
            if (performance.now() > deadline) {
              return null;
            }
            await new Promise(resolve => requestAnimationFrame(resolve));
          }
          const navigation = performance.getEntriesByType('navigation')[0];
          return {
            domContentLoaded: navigation.domContentLoadedEventEnd,
            loadEventEnd: navigation.loadEventEnd,
            firstCard: window.__factCheckFirstCard,
            elements: document.getElementsByTagName('*').length,
          };
        }
        """;

    /// <summary>The ids among <see cref="ControlIds"/> that the page lacks.</summary>
    public const string MissingControls = "ids => ids.filter(id => document.getElementById(id) === null)";

    /// <summary>The values of the verdict filter's options, without the empty "all verdicts" one.</summary>
    public const string VerdictChoices = """
        () => Array.from(document.getElementById('filter-verdict').options).map(option => option.value).filter(value => value !== '')
        """;

    /// <summary>
    /// Sets a control's value and dispatches the events a user's change fires, then waits until the page writes
    /// <c>#filter-status</c> (at once or after a debounce), then for the next animation frame, and forces a layout there, so
    /// the style and layout work of hiding and showing cards is counted. Returns the milliseconds from just before the
    /// change and the status text, or <c>null</c> when the status is not written in time.
    /// </summary>
    public const string ApplyAndWait = """
        async ({ id, value, events, timeoutMs }) => {
          const control = document.getElementById(id);
          const status = document.getElementById('filter-status');
          let observer = null;
          const written = new Promise(resolve => {
            observer = new MutationObserver(() => resolve(true));
            observer.observe(status, { childList: true, characterData: true, subtree: true });
          });
          const timedOut = new Promise(resolve => setTimeout(() => resolve(false), timeoutMs));
          const started = performance.now();
          control.value = value;
          for (const name of events) {
            control.dispatchEvent(new Event(name, { bubbles: true }));
          }
          const updated = await Promise.race([written, timedOut]);
          observer.disconnect();
          if (!updated) {
            return null;
          }
          await new Promise(resolve => requestAnimationFrame(resolve));
          void document.body.offsetHeight;
          return { milliseconds: performance.now() - started, status: status.textContent };
        }
        """;
}
