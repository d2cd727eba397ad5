import { storageToHtml } from './storage-html';

describe('storage → HTML for the sandbox viewer', () => {
  test('tables, headings, lists and safe links are kept', () => {
    const body =
      '<h2>Indicateurs</h2><table><tbody><tr><th colspan="2">IQ1</th></tr><tr><td>98 %</td><td>ok</td></tr></tbody></table>' +
      '<ul><li><a href="https://example.org/a?b=1&amp;c=2">lien</a></li><li><a href="javascript:alert(1)">piège</a></li></ul>';
    expect(storageToHtml(body)).toBe(
      '<h2>Indicateurs</h2><table><tbody><tr><th colspan="2">IQ1</th></tr><tr><td>98 %</td><td>ok</td></tr></tbody></table>' +
        '<ul><li><a href="https://example.org/a?b=1&amp;c=2">lien</a></li><li><a>piège</a></li></ul>',
    );
  });

  test('a status macro becomes a coloured span, an expand macro a details element', () => {
    const body =
      '<ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Red</ac:parameter>' +
      '<ac:parameter ac:name="title">non conforme</ac:parameter></ac:structured-macro>' +
      '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Détail</ac:parameter>' +
      '<ac:rich-text-body><p>corps</p></ac:rich-text-body></ac:structured-macro>';
    expect(storageToHtml(body)).toBe(
      '<span class="statut statut-red">non conforme</span><details><summary>Détail</summary><p>corps</p></details>',
    );
  });

  test('a colour Confluence does not know shows grey', () => {
    const body =
      '<ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">" onclick="x</ac:parameter></ac:structured-macro>';
    expect(storageToHtml(body)).toBe('<span class="statut statut-grey"></span>');
  });

  test('anything else is inert text: scripts, attributes, unknown elements, stray markup', () => {
    const html = storageToHtml(
      '<p onclick="x()" class="c">a &lt;b&gt; &eacute;</p><script>alert("x")</script><img src=x onerror=y><style>p{}</style>',
    );
    expect(html).toBe(
      '<p>a &lt;b&gt; &amp;eacute;</p>alert(&quot;x&quot;)&lt;img src=x onerror=y&gt;p{}',
    );
    expect(html).not.toMatch(/<(script|img|style)/);
  });

  test('other macros are named, their bodies shown; page links point to the viewer when the page exists', () => {
    const body =
      '<ac:structured-macro ac:name="toc"><ac:parameter ac:name="maxLevel">3</ac:parameter></ac:structured-macro>' +
      '<ac:structured-macro ac:name="details"><ac:rich-text-body><table><tr><th>Mois</th><td>mars</td></tr></table></ac:rich-text-body></ac:structured-macro>' +
      '<p><ac:link><ri:page ri:content-title="Annexe &amp; détail"/></ac:link> <ac:link><ri:page ri:content-title="Absente"/></ac:link></p>';
    const address = (title: string) => (title === 'Annexe & détail' ? '/pages/7' : null);
    expect(storageToHtml(body, address)).toBe(
      '<div class="macro"><span class="macro-nom">Macro « toc »</span></div>' +
        '<div class="macro"><span class="macro-nom">Macro « details »</span><table><tr><th>Mois</th><td>mars</td></tr></table></div>' +
        '<p><a href="/pages/7">Annexe &amp; détail</a> <span class="lien-page">Absente</span></p>',
    );
  });

  test('unclosed elements end with their parent and stray closing tags are dropped', () => {
    expect(storageToHtml('<ul><li>un<li>deux</ul></p><p>fin')).toBe(
      '<ul><li>un<li>deux</li></li></ul><p>fin</p>',
    );
  });
});
