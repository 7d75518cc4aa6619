import type { DocumentActionComponent, SanityDocument } from 'sanity';
import { describe, expect, it } from 'vitest';
import { documentTypes, objectTypes, singletonTypes } from '../../../sanity/schemaTypes';
import { singletonActions } from '../../../sanity/structure/singletons';
import { fixtures } from './fixtures';
import { schemaProblems, validate } from './studio';

describe('Studio schema', () => {
  it('compiles with zero problems', () => {
    // Prepare: the content model and the plugin's localised types (see studio.ts)

    // Act
    const problems = schemaProblems();

    // Assess
    expect(problems).toEqual([]);
  });

  it('gives every type an icon and a preview', () => {
    // Prepare
    const types = [...singletonTypes, ...documentTypes, ...objectTypes] as {
      name: string;
      icon?: unknown;
      preview?: { select?: unknown; prepare?: unknown };
    }[];

    // Act
    const lacking = types.filter((type) => !type.icon || !type.preview?.select).map((type) => type.name);

    // Assess
    expect(lacking).toEqual([]);
  });

  it.each(fixtures.map((document) => [`${document._type} (${document._id})`, document] as const))(
    'accepts a valid %s document',
    async (_type, document: SanityDocument) => {
      // Prepare: every fixture, so its references resolve
      const dataset = fixtures;

      // Act
      const inStudio = await validate(document, dataset, 'studio');
      const inCli = await validate(document, dataset, 'cli');

      // Assess: no errors, and no warnings either (the CLI run would warn about unknown fields)
      expect(inStudio).toEqual([]);
      expect(inCli).toEqual([]);
    },
  );

  it('has a valid fixture for every document type', () => {
    // Prepare
    const typeNames = [...singletonTypes, ...documentTypes].map((type) => type.name).sort();

    // Act
    const covered = [...new Set(fixtures.map((document) => document._type))].sort();

    // Assess
    expect(covered).toEqual(typeNames);
  });

  it('keeps the settings singleton from being deleted, duplicated or unpublished', () => {
    // Prepare
    const action = (name: string) =>
      Object.assign(() => null, { action: name }) as unknown as DocumentActionComponent;
    const actions = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore'].map(action);

    // Act
    const forSettings = singletonActions(actions, { schemaType: 'settings' }).map((item) => item.action);
    const forEvents = singletonActions(actions, { schemaType: 'event' }).map((item) => item.action);

    // Assess
    expect(forSettings).toEqual(['publish', 'discardChanges', 'restore']);
    expect(forEvents).toHaveLength(actions.length);
  });
});
