// replaced by the store work: generates the Prisma clients offline
