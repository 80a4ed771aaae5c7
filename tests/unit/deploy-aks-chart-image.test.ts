import { describe, expect, it } from '@jest/globals';
import {
  imageParts,
  placements,
  renderedContainers,
  setString
} from '../../actions/deploy-aks/helm/image.js';
import { parseImageValues } from '../../actions/deploy-aks/inputs.js';

const reference = `musafirgodev.azurecr.io/itinerary@sha256:${'a'.repeat(64)}`;
const digest = `sha256:${'a'.repeat(64)}`;
const parts = imageParts(reference, '1.16.0');

describe('how a chart takes the image', () => {
  it('splits the reference into the parts charts build images from', () => {
    expect(parts).toEqual({
      registry: 'musafirgodev.azurecr.io',
      repository: 'itinerary',
      image: 'musafirgodev.azurecr.io/itinerary',
      tag: '1.16.0',
      digest,
      reference
    });
    expect(imageParts(`musafirgodev.azurecr.io/itinerary:2.1@${digest}`, 'x').tag).toBe('2.1');
  });

  it('puts first the convention the values suggest: helm create, bitnami, a digest key, a plain string', () => {
    const first = (values: Record<string, unknown>) => placements({ imageKey: 'image' }, values, parts)[0];
    expect(first({ image: { repository: 'nginx', tag: '' } })).toEqual({
      keys: 'image.repository + image.tag',
      values: { 'image.repository': 'musafirgodev.azurecr.io/itinerary', 'image.tag': `1.16.0@${digest}` }
    });
    expect(
      first({ image: { registry: 'docker.io', repository: 'bitnami/nginx', tag: '1', digest: '' } })
    ).toEqual({
      keys: 'image.registry + image.repository + image.digest',
      values: {
        'image.registry': 'musafirgodev.azurecr.io',
        'image.repository': 'itinerary',
        'image.digest': digest
      }
    });
    expect(first({ image: { repository: 'x', digest: '' } })!.keys).toBe('image.repository + image.digest');
    expect(first({ image: 'nginx:1' })).toEqual({ keys: 'image', values: { image: reference } });
    // Every convention is tried, the suggested one first.
    expect(placements({ imageKey: 'app.image' }, {}, parts).map(p => p.keys)).toEqual([
      'app.image.registry + app.image.repository + app.image.digest',
      'app.image.repository + app.image.digest',
      'app.image.registry + app.image.repository + app.image.tag',
      'app.image.repository + app.image.tag',
      'app.image.repository (with the digest)',
      'app.image'
    ]);
  });

  it('takes explicit keys from image-values', () => {
    const imageValues = parseImageValues(
      'global.imageRegistry={registry}\napi.image.name={repository}\napi.image.version={tag}@{digest}'
    );
    expect(placements({ imageKey: 'image', imageValues }, {}, parts)).toEqual([
      {
        keys: 'global.imageRegistry + api.image.name + api.image.version',
        values: {
          'global.imageRegistry': 'musafirgodev.azurecr.io',
          'api.image.name': 'itinerary',
          'api.image.version': `1.16.0@${digest}`
        }
      }
    ]);
    expect(() => parseImageValues('api.image={repo}')).toThrow(
      "input 'image-values': 'api.image={repo}' uses {repo}; the template may use {registry}, {repository}, {image}, {tag}, {digest}, {reference}"
    );
    expect(() => parseImageValues('no-equals')).toThrow('is not <values path>=<template>');
  });

  it('escapes commas for --set-string and reads the containers a render carries, helm test pods aside', () => {
    expect(setString({ a: 'x,y', b: '1' })).toBe('a=x\\,y,b=1');
    const manifest = [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {template: {spec: {containers: [{name: app, image: a@sha256:1}], initContainers: [{name: init, image: b:1}]}}}',
      'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\nspec: {jobTemplate: {spec: {template: {spec: {containers: [{name: job, image: c:1}]}}}}}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: t, annotations: {helm.sh/hook: test}}\nspec: {containers: [{name: wget, image: busybox}]}'
    ].join('\n---\n');
    expect(
      renderedContainers(manifest, 'default').map(c => `${c.kind}/${c.name}/${c.container}=${c.image}`)
    ).toEqual(['Deployment/web/init=b:1', 'Deployment/web/app=a@sha256:1', 'CronJob/nightly/job=c:1']);
  });
});
