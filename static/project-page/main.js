// Placeholder until the UI issue builds this page: it says what the page will show, calls nothing.
const root = document.getElementById('jalon');
const title = document.createElement('h1');
title.textContent = 'Jalon – suivi du contrat';
const text = document.createElement('p');
text.textContent =
  'Cette page n’est pas encore disponible. Elle montrera, pour le contrat de ce projet : les ' +
  'commandes et leur triplet devis, bon de commande, facture ; la consommation de ' +
  'l’enveloppe ; les indicateurs du mois en cours et leurs verdicts.';
root.append(title, text);
