import type { DocumentActionComponent, DocumentActionsContext, SanityDocument } from 'sanity';
import { describe, expect, it } from 'vitest';
import { OpenOnSiteAction } from '../../../sanity/actions/openOnSite';
import { STUDIO_LANGUAGES, translator } from '../../../sanity/i18n';
import { studioWorkspace } from '../../../sanity/sanity.config';
import { documentTypes, objectTypes, singletonTypes } from '../../../sanity/schemaTypes';
import { singletonActions } from '../../../sanity/structure/singletons';
import { fixtures } from './fixtures';
import { schemaProblems, validate } from './studio';

const en = translator('en');

describe('Studio schema', () => {
  it.each(STUDIO_LANGUAGES)('compiles with zero problems in the %s workspace', (language) => {
    // Prepare: the content model in that language and the plugin's localised types (see studio.ts)

    // Act
    const problems = schemaProblems(language);

    // Assess
    expect(problems).toEqual([]);
  });

  it('gives every document and object type an icon and a preview', () => {
    // Prepare: rich text is an array of blocks, which lists show as text, not as a preview
    const types = [...singletonTypes, ...documentTypes, ...objectTypes]
      .map((type) => type(en))
      .filter((type) => type.type !== 'array') as {
      name: string;
      icon?: unknown;
      preview?: { select?: unknown; prepare?: unknown };
    }[];

    // Act
    const lacking = types.filter((type) => !type.icon || !type.preview?.select).map((type) => type.name);

    // Assess
    expect(types.length).toBeGreaterThan(20);
    expect(lacking).toEqual([]);
  });

  it.each(fixtures.map((document) => [`${document._type} (${document._id})`, document] as const))(
    'accepts a valid %s document in every workspace',
    async (_type, document: SanityDocument) => {
      // Prepare: every fixture, so its references resolve
      const dataset = fixtures;

      for (const language of STUDIO_LANGUAGES) {
        // Act
        const inStudio = await validate(document, dataset, 'studio', language);
        const inCli = await validate(document, dataset, 'cli', language);

        // Assess: no errors, and no warnings either (the CLI run would warn about unknown fields)
        expect({ language, findings: inStudio }).toEqual({ language, findings: [] });
        expect({ language, findings: inCli }).toEqual({ language, findings: [] });
      }
    },
  );

  it('has a valid fixture for every document type', () => {
    // Prepare
    const typeNames = [...singletonTypes, ...documentTypes].map((type) => type(en).name).sort();

    // Act
    const covered = [...new Set(fixtures.map((document) => document._type))]
      .filter((type) => !type.startsWith('sanity.'))
      .sort();

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

  it('offers "Open on the site" on every type with a public page, and only there', () => {
    // Prepare
    const publish = Object.assign(() => null, { action: 'publish' }) as unknown as DocumentActionComponent;
    const resolve = studioWorkspace('fi').document?.actions as (
      actions: DocumentActionComponent[],
      context: DocumentActionsContext,
    ) => DocumentActionComponent[];
    const types = [...singletonTypes, ...documentTypes].map((type) => type(en).name);

    // Act
    const withAction = types.filter((schemaType) =>
      resolve([publish], { schemaType } as DocumentActionsContext).includes(OpenOnSiteAction),
    );

    // Assess
    expect(withAction.sort()).toEqual(['campaign', 'event', 'informationPackage', 'method']);
  });
});
