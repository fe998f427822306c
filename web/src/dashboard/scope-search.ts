import { request } from '../shared/graphql-client';
import { ScopeSearchQuery } from './operations';

interface Option {
  code: string;
  name: string;
  kindLabel: string;
}

const DEBOUNCE_MS = 250;

/**
 * The scope box: an accent-insensitive search over organisations (the API's `organisations(search:)`),
 * a listbox the arrow keys walk, Enter picks, Escape closes.
 */
export class ScopeSearch {
  private options: Option[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly onPick: (code: string) => void,
  ) {
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), DEBOUNCE_MS);
    });
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** Shows the chosen organisation's name in the box. */
  show(name: string): void {
    this.input.value = name;
    this.close();
  }

  private async search(): Promise<void> {
    const text = this.input.value.trim();
    const asked = ++this.asked;
    if (text.length < 2) return this.close();
    const data = await request(ScopeSearchQuery, { search: text }).catch(() => null);
    if (asked !== this.asked || !data) return;
    this.options = data.organisations.nodes;
    this.active = -1;
    this.draw();
  }

  private draw(): void {
    const items = this.options.map((o, i) => {
      const li = document.createElement('div');
      li.id = `scope-option-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(i === this.active));
      li.textContent = `${o.name} — ${o.kindLabel}`;
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        this.pick(i);
      });
      return li;
    });
    if (!items.length) {
      const li = document.createElement('div');
      li.className = 'empty';
      li.textContent = 'Không tìm thấy tổ chức nào';
      items.push(li);
    }
    this.list.replaceChildren(...items);
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `scope-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private key(e: KeyboardEvent): void {
    if (this.list.hidden && e.key !== 'ArrowDown') return;
    const n = this.options.length;
    if (e.key === 'ArrowDown' && n) this.active = (this.active + 1) % n;
    else if (e.key === 'ArrowUp' && n) this.active = (this.active - 1 + n) % n;
    else if (e.key === 'Enter' && this.active >= 0) this.pick(this.active);
    else if (e.key === 'Escape') this.close();
    else return;
    e.preventDefault();
    if (!this.list.hidden) this.draw();
  }

  private pick(i: number): void {
    const o = this.options[i];
    if (!o) return;
    this.show(o.name);
    this.onPick(o.code);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
