/** The design system lives in shared/ui (site and console alike); this path stays for existing imports. */
export * from '../ui/layout';
