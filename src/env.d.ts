import type { ArticlePageSlice } from './core/publish/page-slices.ts';

declare global {
  namespace App {
    interface Locals {
      /** An article page's slice, for the claim marks its MDX renders (ArticlePage.astro, Claim.astro). */
      articleSlice?: ArticlePageSlice;
    }
  }
}
