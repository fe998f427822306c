FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The dashboard and GraphiQL, built once into the image (npm start then finds them current).
RUN npm run web:build
USER node
EXPOSE 4000
CMD ["npm", "start"]
