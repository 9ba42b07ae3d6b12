/**
 * `onChanged` event handlers: `add(handler)` registers the handler when the batch runs and
 * gives an `EventHandlerResult` whose `remove()` (then a sync) unregisters it.
 */
import type { ChangeHandler } from "./fake-excel";
import type { FakeRequestContext } from "./request-context";

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handlers: Set<ChangeHandler>,
    private readonly handler: ChangeHandler,
  ) {}

  remove(): void {
    this.context._enqueue({
      label: "event.remove",
      bytes: 80,
      run: () => this.handlers.delete(this.handler),
    });
  }
}

export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly handlers: Set<ChangeHandler>,
  ) {}

  add(handler: ChangeHandler): FakeEventHandlerResult {
    this.context._enqueue({ label: "event.add", bytes: 80, run: () => this.handlers.add(handler) });
    return new FakeEventHandlerResult(this.context, this.handlers, handler);
  }
}
