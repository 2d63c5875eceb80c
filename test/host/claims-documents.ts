/**
 * Documents the claims panel is shown with, written into a throw-away
 * workspace by the webview test (webview-test.ts) and the screenshots
 * (screenshots.ts). Plain text, so that the text reaches the panel verbatim
 * (in Markdown, inline HTML is not prose and never becomes a claim).
 */

/** A story with quotes that try to run script in the panel. Each payload marks the page if it ever runs. */
export const HOSTILE_STORY = {
  file: 'hostile.txt',
  text: [
    'Council vote on the harbour',
    '',
    '“Fine <img src=x onerror="document.body.dataset.pwned=1"> words,” said Mara Ellison, the harbour master.',
    '',
    'The vote was close.',
    '',
    '“Close it </script><script>document.body.dataset.pwned=2</script> now,” said Tomas Brekke.',
    '',
    'The council adopted the “Harbour <b>Renewal</b> Act” last week.',
    '',
    'Residents were not consulted.',
    '',
    '“Nobody warned us about <svg onload="document.body.dataset.pwned=3"></svg> this.”',
    '',
  ].join('\n'),
};

/** The screenshots' story: attributed quotes, a pronoun, an unattributed quote, a title and scare quotes. */
export const PANEL_STORY = {
  file: 'harbour-vote.txt',
  text: [
    'Harbour dredging to resume in spring',
    '',
    '“We have waited long enough for the silt to settle,” said Mara Ellison, director of operations at the port authority.',
    '',
    'Ellison was asked about the cost. “Every week of delay costs the fishing fleet more than the dredging does,” she said.',
    '',
    'Tomas Brekke, who chairs the harbour residents’ association, was less convinced. “Nobody has shown us the noise survey,” Brekke said.',
    '',
    'The council adopted the “Harbour Renewal Act” in March, and locals now call the quay a “ghost town” at night.',
    '',
    'The work is expected to last eleven weeks.',
    '',
    '“The channel has been closing for a decade.”',
    '',
  ].join('\n'),
};

/**
 * A source for {@link PANEL_STORY} (the default `attest.sources` glob reads
 * `sources/`): one quote verbatim, one with a word changed, and none of Tomas
 * Brekke's, so the panel shows verified, near-match and not-found claims.
 */
export const PANEL_SOURCE = {
  file: 'sources/ellison-interview.txt',
  text: [
    'Interview with Mara Ellison, director of operations, port authority (notes)',
    '',
    'We have waited long enough for the silt to settle. The channel will be dredged at night.',
    '',
    'Every week of delay costs the fishing fleet far more than the dredging itself does.',
    '',
  ].join('\n'),
};
