// Placeholder until the UI issue builds this page: it says what the page will show, calls nothing.
const root = document.getElementById('jalon');
const title = document.createElement('h1');
title.textContent = 'Jalon – configuration';
const text = document.createElement('p');
text.textContent =
  'Cette page n’est pas encore disponible. Elle permettra de choisir et d’ajuster le modèle ' +
  'de contrat (préréglage, calendriers, délais, indicateurs, pénalités) et ses versions, de ' +
  'consulter le journal des modifications, et de relancer un recalcul après avoir vu, sans ' +
  'rien écrire, ce qu’il changerait.';
root.append(title, text);
