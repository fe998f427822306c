import { credential } from '../shared/credential';

const INTROSPECTION_PROBE = '{ __schema { queryType { name } } }';

/** Whether the server answers introspection; without it GraphiQL still runs queries but has no docs or explorer. */
async function introspectionAllowed(): Promise<boolean> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credential.headers() },
    body: JSON.stringify({ query: INTROSPECTION_PROBE }),
  });
  const reply = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: unknown[] };
  return Boolean(reply.data) && !reply.errors?.length;
}

/** The bar above GraphiQL: a way back to the dashboard, the credential field, and what the server allows. */
export function renderGraphiQLBar(bar: HTMLElement): void {
  bar.innerHTML = `
    <strong>civicgraph GraphiQL</strong>
    <a href="/">Bảng số liệu</a>
    <form class="credential" autocomplete="off">
      <label for="credential-input">Khóa truy cập</label>
      <input id="credential-input" type="password" placeholder="API key hoặc token" />
      <button type="submit">Dùng khóa</button>
    </form>
    <p class="notice" role="status" aria-live="polite"></p>`;
  const form = bar.querySelector('form') as HTMLFormElement;
  const input = bar.querySelector('input') as HTMLInputElement;
  const notice = bar.querySelector('.notice') as HTMLParagraphElement;
  input.value = credential.get();
  const check = async () => {
    const allowed = await introspectionAllowed().catch(() => false);
    notice.textContent = allowed
      ? ''
      : 'Máy chủ tắt introspection: truy vấn vẫn chạy, nhưng tài liệu (Docs) và trình khám phá cần GRAPHQL_INTROSPECTION=true.';
    document.body.dataset.introspection = String(allowed);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    credential.set(input.value);
    void check();
  });
  void check();
}
