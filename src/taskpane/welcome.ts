/**
 * The first-run screen: what the add-in does in two lines, the three things people come for, and
 * help. Shown above the tabs until it is dismissed; an action opens its tab and hides the welcome
 * for this session only, so it is back next time until "Don't show again".
 */
import { h } from "./dom";

export type WelcomeAction = "calculator" | "templates" | "reconcile";

export interface WelcomeText {
  readonly title: string;
  readonly lines: readonly [string, string];
  readonly actions: Readonly<Record<WelcomeAction, string>>;
  readonly actionsLabel: string;
  readonly help: string;
  readonly dismiss: string;
}

export interface WelcomeOptions {
  readonly text: WelcomeText;
  /** The help page (functions and examples). */
  readonly helpHref: string;
  readonly onAction: (action: WelcomeAction) => void;
  readonly onDismiss: () => void;
}

export const WELCOME_ACTIONS: readonly WelcomeAction[] = ["calculator", "templates", "reconcile"];

export function welcomeView(options: WelcomeOptions): HTMLElement {
  const T = options.text;
  const heading = h("h2", { id: "welcome-title", tabindex: "-1" }, T.title);
  const actions = WELCOME_ACTIONS.map((a) => {
    const b = h("button", { type: "button", className: "welcome-action", "data-action": a }, T.actions[a]);
    b.addEventListener("click", () => options.onAction(a));
    return b;
  });
  const dismiss = h("button", { type: "button", className: "welcome-dismiss", "data-action": "dismiss" }, T.dismiss);
  dismiss.addEventListener("click", () => options.onDismiss());
  return h(
    "section",
    { className: "welcome", "aria-labelledby": "welcome-title" },
    heading,
    h("p", { className: "welcome-line" }, T.lines[0]),
    h("p", { className: "welcome-line" }, T.lines[1]),
    h("div", { className: "welcome-actions", role: "group", "aria-label": T.actionsLabel }, ...actions),
    h(
      "p",
      { className: "welcome-footer" },
      h("a", { href: options.helpHref, target: "_blank", rel: "noopener noreferrer" }, T.help),
      dismiss,
    ),
  );
}
