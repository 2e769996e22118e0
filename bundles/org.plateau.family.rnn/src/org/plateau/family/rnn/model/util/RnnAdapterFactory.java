/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.plateau.family.rnn.model.*;

import org.plateau.model.Architecture;
import org.plateau.model.Initialisation;
import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.rnn.model.RnnPackage
 * @generated
 */
public class RnnAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RnnPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RnnAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = RnnPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RnnSwitch<Adapter> modelSwitch =
		new RnnSwitch<Adapter>() {
			@Override
			public Adapter caseSequenceTask(SequenceTask object) {
				return createSequenceTaskAdapter();
			}
			@Override
			public Adapter caseAutomatonTask(AutomatonTask object) {
				return createAutomatonTaskAdapter();
			}
			@Override
			public Adapter caseTaskState(TaskState object) {
				return createTaskStateAdapter();
			}
			@Override
			public Adapter caseRandomAutomatonTask(RandomAutomatonTask object) {
				return createRandomAutomatonTaskAdapter();
			}
			@Override
			public Adapter caseRecurrentNetwork(RecurrentNetwork object) {
				return createRecurrentNetworkAdapter();
			}
			@Override
			public Adapter caseXavierNormalInitialisation(XavierNormalInitialisation object) {
				return createXavierNormalInitialisationAdapter();
			}
			@Override
			public Adapter caseRepresentationPairTask(RepresentationPairTask object) {
				return createRepresentationPairTaskAdapter();
			}
			@Override
			public Adapter casePairInitialisation(PairInitialisation object) {
				return createPairInitialisationAdapter();
			}
			@Override
			public Adapter caseExpansionModel(ExpansionModel object) {
				return createExpansionModelAdapter();
			}
			@Override
			public Adapter caseTwoPointTask(TwoPointTask object) {
				return createTwoPointTaskAdapter();
			}
			@Override
			public Adapter caseMultilayerPerceptron(MultilayerPerceptron object) {
				return createMultilayerPerceptronAdapter();
			}
			@Override
			public Adapter caseTask(Task object) {
				return createTaskAdapter();
			}
			@Override
			public Adapter caseArchitecture(Architecture object) {
				return createArchitectureAdapter();
			}
			@Override
			public Adapter caseInitialisation(Initialisation object) {
				return createInitialisationAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.SequenceTask <em>Sequence Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.SequenceTask
	 * @generated
	 */
	public Adapter createSequenceTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.AutomatonTask <em>Automaton Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.AutomatonTask
	 * @generated
	 */
	public Adapter createAutomatonTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.TaskState <em>Task State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.TaskState
	 * @generated
	 */
	public Adapter createTaskStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.RandomAutomatonTask <em>Random Automaton Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.RandomAutomatonTask
	 * @generated
	 */
	public Adapter createRandomAutomatonTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.RecurrentNetwork <em>Recurrent Network</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.RecurrentNetwork
	 * @generated
	 */
	public Adapter createRecurrentNetworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.XavierNormalInitialisation <em>Xavier Normal Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.XavierNormalInitialisation
	 * @generated
	 */
	public Adapter createXavierNormalInitialisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.RepresentationPairTask <em>Representation Pair Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.RepresentationPairTask
	 * @generated
	 */
	public Adapter createRepresentationPairTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.PairInitialisation <em>Pair Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.PairInitialisation
	 * @generated
	 */
	public Adapter createPairInitialisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.ExpansionModel <em>Expansion Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.ExpansionModel
	 * @generated
	 */
	public Adapter createExpansionModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.TwoPointTask <em>Two Point Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.TwoPointTask
	 * @generated
	 */
	public Adapter createTwoPointTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.family.rnn.model.MultilayerPerceptron <em>Multilayer Perceptron</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.family.rnn.model.MultilayerPerceptron
	 * @generated
	 */
	public Adapter createMultilayerPerceptronAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Task
	 * @generated
	 */
	public Adapter createTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Architecture
	 * @generated
	 */
	public Adapter createArchitectureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plateau.model.Initialisation <em>Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plateau.model.Initialisation
	 * @generated
	 */
	public Adapter createInitialisationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //RnnAdapterFactory
