-- AlterTable
ALTER TABLE "Article" ADD COLUMN "extractedAt" DATETIME;

