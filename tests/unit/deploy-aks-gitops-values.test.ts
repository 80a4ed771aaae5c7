import { describe, expect, it } from '@jest/globals';
import { readImage, setImage } from '../../actions/deploy-aks/gitops/values.js';

const file = 'environments/dev/itinerary.yaml';
const image = { repository: 'musafirgodev.azurecr.io/itinerary', digest: `sha256:${'e'.repeat(64)}` };
const values = `# itinerary in dev
replicaCount: 1
logLevel: debug   # aligned comment

image:
  repository: musafirgodev.azurecr.io/itinerary # the registry
  digest: "sha256:${'0'.repeat(64)}"
  pullPolicy: IfNotPresent
hosts: [a.example, b.example]
`;

describe('the values-file edit of method gitops', () => {
  it('changes only the characters of the values, keeping comments, spacing, quoting and flow lists', () => {
    const edit = setImage(
      values,
      ['image'],
      { ...image, repository: 'musafirgoprod.azurecr.io/itinerary' },
      file
    );
    expect(edit.changed).toBe(true);
    expect(edit.previous).toEqual({ repository: image.repository, digest: `sha256:${'0'.repeat(64)}` });
    expect(edit.text).toBe(
      values
        .replace('musafirgodev.azurecr.io/itinerary #', 'musafirgoprod.azurecr.io/itinerary #')
        .replace(`"sha256:${'0'.repeat(64)}"`, `"${image.digest}"`)
    );
  });

  it('reports no change when the file already names the image', () => {
    const once = setImage(values, ['image'], image, file).text;
    expect(setImage(once, ['image'], image, file)).toEqual({ text: once, previous: image, changed: false });
  });

  it('adds the keys a file lacks, under a nested image key', () => {
    const edit = setImage('itinerary:\n  replicaCount: 2\n', ['itinerary', 'image'], image, file);
    expect(readImage(edit.text, ['itinerary', 'image'], file)).toEqual(image);
    expect(edit.text).toContain('replicaCount: 2');
    expect(edit.previous).toEqual({ repository: undefined, digest: undefined });
  });

  it('names the file and the key when the values are not what Helm takes', () => {
    expect(() => setImage('image: [1, 2]\n', ['image'], image, file)).toThrow(
      `${file}: image must be a mapping with repository and digest`
    );
    expect(() => setImage('- a\n- b\n', ['image'], image, file)).toThrow(`${file} must hold a YAML mapping`);
    expect(() => setImage('image: {repository: [x]}\n', ['image'], image, file)).toThrow(
      `${file}: image.repository must be a string`
    );
    expect(() => setImage('a: b: c\n', ['image'], image, file)).toThrow(`${file} is not valid YAML`);
  });
});
