import { DocumentIcon } from '@sanity/icons/Document';
import { defineField, defineType } from 'sanity';
import type { Translate } from '../../i18n';
import { LOCALIZED_STRING, previewText } from '../localization';
import { requireLanguages } from '../validation';

/** Formats editors may attach: documents people can open without special software. */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx'] as const;

/** The extension a file asset id ends in: `file-<sha1>-pdf` → `pdf`. */
export function extensionOf(assetRef: string): string {
  return assetRef.slice(assetRef.lastIndexOf('-') + 1).toLowerCase();
}

/**
 * A file from Sanity's asset pipeline (PDF, Word, Excel or PowerPoint) with a title in Swedish and Finnish, for
 * rich text and the material of information packages and methods. `accept` limits the file picker; validation
 * checks the uploaded asset, since drag and drop and the API bypass the picker.
 */
export const attachmentType = (t: Translate) =>
  defineType({
    name: 'attachment',
    title: t('attachment.title'),
    type: 'file',
    icon: DocumentIcon,
    options: { accept: ATTACHMENT_EXTENSIONS.map((extension) => `.${extension}`).join(',') },
    fields: [
      defineField({
        name: 'title',
        title: t('common.title'),
        description: t('attachment.fileTitle.description'),
        type: LOCALIZED_STRING,
        validation: (rule) => rule.custom(requireLanguages(t)),
      }),
    ],
    validation: (rule) =>
      rule.custom((value: { asset?: { _ref?: string } } | undefined) => {
        if (!value) return true;
        const ref = value.asset?._ref;
        if (!ref) return t('validation.attachment.noFile');
        const extension = extensionOf(ref);
        return (ATTACHMENT_EXTENSIONS as readonly string[]).includes(extension)
          ? true
          : t('validation.attachment.format', {
              extension,
              formats: ATTACHMENT_EXTENSIONS.map((candidate) => candidate.toUpperCase()).join(', '),
            });
      }),
    preview: {
      select: { title: 'title', filename: 'asset.originalFilename' },
      prepare: ({ title, filename }) => ({
        title: previewText(title, t) ?? filename ?? t('attachment.title'),
        subtitle: filename,
        media: DocumentIcon,
      }),
    },
  });
